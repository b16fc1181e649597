package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Budgets screen's service: reads a month's budgets against the ledger, proposes the 50/30/20
 * template from the typical income of the last {@link #INCOME_MONTHS} months, and writes changes.
 * Budgets are in one currency: the first budget's, else {@link #DEFAULT_CURRENCY}.
 */
public final class BudgetPlanner {

    static final int INCOME_MONTHS = 3;
    static final String DEFAULT_CURRENCY = "USD";

    private final TransactionRepository transactions;
    private final CategoryRepository categories;
    private final BudgetRepository budgets;
    private final BudgetWriter writer;

    public BudgetPlanner(TransactionRepository transactions, CategoryRepository categories, BudgetRepository budgets) {
        this.transactions = transactions;
        this.categories = categories;
        this.budgets = budgets;
        this.writer = new BudgetWriter(budgets);
    }

    public BudgetOverview overview(YearMonth month) {
        List<Budget> all = budgets.all();
        String currency = all.isEmpty() ? DEFAULT_CURRENCY : all.getFirst().monthlyAmount().currency();
        List<Category> cats = categories.all();
        List<Transaction> txns = transactions.all();
        MonthlySpending spending = MonthlySpending.of(txns, cats, currency);
        BudgetMonth budgetMonth = new BudgetCalculator().month(month, all, cats, spending);
        Money income = new Money(spending.typicalIncome(month, INCOME_MONTHS), currency);
        if (income.signum() <= 0) return new BudgetOverview(budgetMonth, income, List.of());
        Map<Long, BigDecimal> average = new HashMap<>();
        for (Category c : cats) average.put(c.id(), spending.averageSpent(month, c.id(), INCOME_MONTHS));
        return new BudgetOverview(budgetMonth, income, new FiftyThirtyTwenty().plan(income, cats, average));
    }

    public Budget setAmount(long categoryId, YearMonth month, Money amount) {
        return writer.setAmount(categoryId, month, amount);
    }

    public void applyTemplate(YearMonth month, List<BudgetProposal> proposals) {
        writer.apply(month, proposals);
    }
}
