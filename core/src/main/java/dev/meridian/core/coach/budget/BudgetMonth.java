package dev.meridian.core.coach.budget;

import java.time.YearMonth;
import java.util.List;

/** Every budget of a month with the totals per 50/30/20 group (NEEDS, WANTS, SAVINGS, then ungrouped). */
public record BudgetMonth(YearMonth month, List<BudgetLine> lines, List<GroupTotal> groups) {
    public BudgetMonth {
        lines = List.copyOf(lines);
        groups = List.copyOf(groups);
    }
}
