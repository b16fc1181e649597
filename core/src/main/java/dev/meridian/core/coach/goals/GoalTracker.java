package dev.meridian.core.coach.goals;

import dev.meridian.core.domain.Goal;
import dev.meridian.core.domain.GoalContribution;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.GoalRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Progress of every goal. A goal linked to an account has saved that account's balance and its pace
 * is the balance's growth over the last {@link #PACE_MONTHS} months; otherwise saved is the sum of
 * its contributions and its pace their monthly average over the same window (or since the goal
 * started, when that is shorter).
 */
public final class GoalTracker {

    static final int PACE_MONTHS = 6;

    private final GoalRepository goals;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final GoalProjection projection = new GoalProjection();

    public GoalTracker(GoalRepository goals, AccountRepository accounts, TransactionRepository transactions) {
        this.goals = goals;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    public List<GoalProgress> all(LocalDate today) {
        List<GoalProgress> out = new ArrayList<>();
        for (Goal g : goals.all()) out.add(progress(g, today));
        return out;
    }

    public GoalProgress progress(Goal goal, LocalDate today) {
        String ccy = goal.target().currency();
        LocalDate windowStart = today.minusMonths(PACE_MONTHS);
        if (goal.startDate() != null && goal.startDate().isAfter(windowStart)) windowStart = goal.startDate();
        BigDecimal months = BigDecimal.valueOf(Math.max(1, ChronoUnit.DAYS.between(windowStart, today)))
                .divide(GoalProjection.DAYS_PER_MONTH, 6, RoundingMode.HALF_EVEN).max(BigDecimal.ONE);
        Money saved;
        Money grown;
        if (goal.linkedAccountId() != null && accounts.find(goal.linkedAccountId()).isPresent()) {
            saved = accounts.balance(goal.linkedAccountId());
            grown = Money.zero(saved.currency());
            for (Transaction t : transactions.forAccount(goal.linkedAccountId())) {
                if (t.date().isAfter(windowStart) && !t.date().isAfter(today)) grown = grown.plus(t.amount());
            }
        } else {
            saved = Money.zero(ccy);
            grown = Money.zero(ccy);
            for (GoalContribution c : goals.contributions(goal.id())) {
                saved = saved.plus(c.amount());
                if (c.date().isAfter(windowStart) && !c.date().isAfter(today)) grown = grown.plus(c.amount());
            }
        }
        Money pace = new Money(grown.amount().divide(months, 2, RoundingMode.HALF_EVEN), grown.currency());
        return projection.project(goal, saved, pace, today);
    }
}
