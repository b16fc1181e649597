package dev.meridian.core.coach.report;

import dev.meridian.core.coach.budget.BudgetCalculator;
import dev.meridian.core.coach.budget.MonthlySpending;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link MonthReport}. "Spent" is every charge of the month that is not a transfer between
 * own accounts, less refunds; top merchants rank charges by payee.
 */
public final class MonthReportBuilder {

    public MonthReport build(YearMonth month, String currency, List<Transaction> transactions, List<Category> categories,
                             List<Budget> budgets, List<RecurringSeries> series, int topCount) {
        MonthlySpending spending = MonthlySpending.of(transactions, categories, currency);
        Map<String, BigDecimal> byMerchant = new HashMap<>();
        Map<String, Integer> charges = new HashMap<>();
        BigDecimal spent = BigDecimal.ZERO;
        for (Transaction t : transactions) {
            if (!YearMonth.from(t.date()).equals(month) || !t.amount().currency().equals(currency) || t.transferAccountId() != null) continue;
            if (t.type().movesSecurities() || t.amount().signum() >= 0) continue;
            spent = spent.add(t.amount().amount().negate());
            String merchant = t.payee() != null ? t.payee() : t.description() != null ? t.description() : "(no payee)";
            byMerchant.merge(merchant, t.amount().amount().negate(), BigDecimal::add);
            charges.merge(merchant, 1, Integer::sum);
        }
        List<MerchantTotal> top = new ArrayList<>();
        byMerchant.forEach((m, a) -> top.add(new MerchantTotal(m, new Money(a, currency), charges.get(m))));
        top.sort(Comparator.comparing((MerchantTotal m) -> m.spent().amount()).reversed().thenComparing(MerchantTotal::merchant));
        List<RecurringSeries> subscriptions = series.stream()
                .filter(s -> s.subscription() && s.status() != RecurringStatus.IGNORED)
                .sorted(Comparator.comparing(RecurringSeries::payee)).toList();
        return new MonthReport(new BudgetCalculator().month(month, budgets, categories, spending),
                new Money(spending.income(month), currency), new Money(spent, currency),
                top.subList(0, Math.min(topCount, top.size())), subscriptions);
    }
}
