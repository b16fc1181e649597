package dev.meridian.core.coach.budget;

import dev.meridian.core.money.Money;
import java.util.List;

/** A month's budgets, the typical monthly income, and what the 50/30/20 template would set (empty without income). */
public record BudgetOverview(BudgetMonth month, Money typicalIncome, List<BudgetProposal> template) {
    public BudgetOverview {
        template = List.copyOf(template);
    }
}
