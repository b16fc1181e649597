package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.budget.BudgetCalculator;
import dev.meridian.core.coach.budget.MonthlySpending;
import dev.meridian.core.coach.recurring.BillReminders;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.domain.Category;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every insight detector over one snapshot of the data: budget alerts for the current month,
 * spending trends for the last whole month, subscription overlaps and price increases, goals,
 * unusual charges of the last {@code unusualLookbackDays}, and bills due soon. Most urgent kinds first.
 */
public final class InsightFeed {

    private final BillReminders reminders;
    private final int unusualLookbackDays;

    public InsightFeed(BillReminders reminders, int unusualLookbackDays) {
        this.reminders = reminders;
        this.unusualLookbackDays = unusualLookbackDays;
    }

    public List<Insight> compute(InsightInputs in) {
        YearMonth month = YearMonth.from(in.today());
        MonthlySpending spending = MonthlySpending.of(in.transactions(), in.categories(), in.currency());
        Map<Long, String> names = new HashMap<>();
        for (Category c : in.categories()) names.put(c.id(), c.name());
        List<Insight> out = new ArrayList<>();
        out.addAll(BudgetAlerts.of(new BudgetCalculator().month(month, in.budgets(), in.categories(), spending)));
        out.addAll(SpendingTrends.of(spending, in.categories(), month.minusMonths(1)));
        out.addAll(SubscriptionInsights.of(in.subscriptions(), in.today()));
        out.addAll(GoalInsights.of(in.goals(), in.today()));
        out.addAll(UnusualTransactions.of(in.transactions(), in.today(), unusualLookbackDays, names));
        out.addAll(BillInsights.of(in.subscriptions().stream().map(TrackedSeries::series).toList(), in.today(), reminders));
        out.sort(Comparator.comparing(Insight::kind));
        return out;
    }
}
