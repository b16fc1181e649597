package dev.meridian.core.coach.report;

import dev.meridian.core.domain.Budget;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.RecurringSeriesRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.time.YearMonth;
import java.util.List;

/** Loads what a month report needs from the vault and builds it (top {@link #TOP_MERCHANTS} merchants). */
public final class MonthReports {

    static final int TOP_MERCHANTS = 10;

    private final TransactionRepository transactions;
    private final CategoryRepository categories;
    private final BudgetRepository budgets;
    private final RecurringSeriesRepository series;

    public MonthReports(TransactionRepository transactions, CategoryRepository categories, BudgetRepository budgets,
                        RecurringSeriesRepository series) {
        this.transactions = transactions;
        this.categories = categories;
        this.budgets = budgets;
        this.series = series;
    }

    public MonthReport build(YearMonth month) {
        List<Budget> all = budgets.all();
        String currency = all.isEmpty() ? "USD" : all.getFirst().monthlyAmount().currency();
        return new MonthReportBuilder().build(month, currency, transactions.all(), categories.all(), all, series.all(), TOP_MERCHANTS);
    }
}
