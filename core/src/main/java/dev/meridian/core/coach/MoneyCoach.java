package dev.meridian.core.coach;

import dev.meridian.core.coach.budget.MonthlySpending;
import dev.meridian.core.coach.forecast.CashFlowProjector;
import dev.meridian.core.coach.forecast.Forecast;
import dev.meridian.core.coach.goals.GoalTracker;
import dev.meridian.core.coach.insights.Insight;
import dev.meridian.core.coach.insights.InsightFeed;
import dev.meridian.core.coach.insights.InsightInputs;
import dev.meridian.core.coach.insights.InsightPublisher;
import dev.meridian.core.coach.recurring.BillReminders;
import dev.meridian.core.coach.recurring.RecurringCatalog;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.GoalRepository;
import dev.meridian.core.repo.RecurringSeriesRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.Progress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Runs the coach over the vault: refreshes the recurring series, computes every insight, publishes
 * the new ones as notifications, and projects cash for {@link #FORECAST_DAYS} days from the balances
 * of the cash accounts (bank, savings, card, cash) in the budgets' currency.
 */
public final class MoneyCoach {

    public static final int FORECAST_DAYS = 90;
    static final int REMINDER_DAYS = 3;
    static final int UNUSUAL_LOOKBACK_DAYS = 30;

    private final DSLContext dsl;
    private final Clock clock;

    public MoneyCoach(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public CoachReview review(Progress progress) {
        LocalDate today = LocalDate.now(clock);
        AccountRepository accounts = new AccountRepository(dsl);
        TransactionRepository transactionRepo = new TransactionRepository(dsl);
        List<Transaction> transactions = transactionRepo.all();
        progress.checkCancelled();
        List<Category> categories = new CategoryRepository(dsl).all();
        List<Budget> budgets = new BudgetRepository(dsl).all();
        String currency = budgets.isEmpty() ? "USD" : budgets.getFirst().monthlyAmount().currency();
        List<TrackedSeries> series = new RecurringCatalog(new RecurringSeriesRepository(dsl)).refresh(transactions, today);
        progress.checkCancelled();
        var goals = new GoalTracker(new GoalRepository(dsl), accounts, transactionRepo).all(today);
        List<Insight> insights = new InsightFeed(new BillReminders(REMINDER_DAYS), UNUSUAL_LOOKBACK_DAYS)
                .compute(new InsightInputs(today, currency, transactions, categories, budgets, goals, series));
        progress.checkCancelled();
        int published = new InsightPublisher(dsl, clock).publish(insights).size();
        Forecast forecast = new CashFlowProjector().project(today, FORECAST_DAYS, cash(accounts, currency),
                series.stream().map(TrackedSeries::series).toList(), budgets, categories,
                MonthlySpending.of(transactions, categories, currency));
        return new CoachReview(insights, published, forecast);
    }

    private static Money cash(AccountRepository accounts, String currency) {
        Map<Long, Money> balances = accounts.balances();
        Money total = Money.zero(currency);
        for (Account a : accounts.all()) {
            if (a.archived() || a.type().holdsSecurities() || !a.currency().equals(currency)) continue;
            total = total.plus(balances.get(a.id()));
        }
        return total;
    }
}
