package dev.meridian.core.coach.report;

import dev.meridian.core.coach.budget.BudgetMonth;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.money.Money;
import java.util.List;

/** A month on one page: income, spending by category against budget, top merchants, running subscriptions. */
public record MonthReport(BudgetMonth budgets, Money income, Money spent, List<MerchantTotal> topMerchants,
                          List<RecurringSeries> subscriptions) {
    public MonthReport {
        topMerchants = List.copyOf(topMerchants);
        subscriptions = List.copyOf(subscriptions);
    }
}
