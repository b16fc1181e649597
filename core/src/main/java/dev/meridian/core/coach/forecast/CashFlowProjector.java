package dev.meridian.core.coach.forecast;

import dev.meridian.core.coach.budget.BudgetCalculator;
import dev.meridian.core.coach.budget.BudgetLine;
import dev.meridian.core.coach.budget.MonthlySpending;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects the cash balance day by day for the next {@code days} days:
 * <ol>
 *   <li>every running recurring series (not ignored) books its expected amount on each expected date
 *       (an overdue one on the first day);</li>
 *   <li>each budget's money not yet spent and not already covered by a recurring charge of the same
 *       category is spread evenly over the days left in its month (this month: what remains;
 *       later months: the monthly amount).</li>
 * </ol>
 * Series and budgets in other currencies than the start balance are left out.
 */
public final class CashFlowProjector {

    public Forecast project(LocalDate today, int days, Money startBalance, List<RecurringSeries> series, List<Budget> budgets,
                            List<Category> categories, MonthlySpending spending) {
        if (days < 1) throw new IllegalArgumentException("A forecast covers at least one day, asked for " + days);
        String ccy = startBalance.currency();
        LocalDate first = today.plusDays(1);
        LocalDate last = today.plusDays(days);
        Map<LocalDate, BigDecimal> in = new HashMap<>();
        Map<LocalDate, BigDecimal> out = new HashMap<>();
        Map<Long, Map<YearMonth, BigDecimal>> recurringByCategory = new HashMap<>();
        for (RecurringSeries s : series) {
            if (s.status() == RecurringStatus.IGNORED || s.nextDate() == null || !s.expectedAmount().currency().equals(ccy)) continue;
            for (LocalDate d = s.nextDate(); !d.isAfter(last); d = s.cadence().next(d)) {
                LocalDate booked = d.isBefore(first) ? first : d;
                BigDecimal amount = s.expectedAmount().amount();
                if (amount.signum() > 0) {
                    in.merge(booked, amount, BigDecimal::add);
                } else {
                    out.merge(booked, amount.negate(), BigDecimal::add);
                    if (s.categoryId() != null) {
                        recurringByCategory.computeIfAbsent(s.categoryId(), k -> new HashMap<>())
                                .merge(YearMonth.from(booked), amount.negate(), BigDecimal::add);
                    }
                }
            }
        }
        spreadBudgets(today, last, budgets, categories, spending, ccy, recurringByCategory, out);
        List<ForecastDay> result = new ArrayList<>();
        BigDecimal balance = startBalance.amount();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            BigDecimal inflow = in.getOrDefault(d, BigDecimal.ZERO);
            BigDecimal outflow = out.getOrDefault(d, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_EVEN);
            balance = balance.add(inflow).subtract(outflow);
            result.add(new ForecastDay(d, new Money(inflow, ccy), new Money(outflow, ccy), new Money(balance, ccy)));
        }
        return new Forecast(startBalance, result);
    }

    private static void spreadBudgets(LocalDate today, LocalDate last, List<Budget> budgets, List<Category> categories,
                                      MonthlySpending spending, String ccy, Map<Long, Map<YearMonth, BigDecimal>> recurring,
                                      Map<LocalDate, BigDecimal> out) {
        BudgetCalculator calculator = new BudgetCalculator();
        for (YearMonth m = YearMonth.from(today.plusDays(1)); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            boolean current = m.equals(YearMonth.from(today));
            LocalDate from = current ? today.plusDays(1) : m.atDay(1);
            LocalDate to = m.atEndOfMonth().isAfter(last) ? last : m.atEndOfMonth();
            long daysLeftInMonth = ChronoUnit.DAYS.between(from, m.atEndOfMonth()) + 1;
            for (BudgetLine line : calculator.month(m, budgets, categories, spending).lines()) {
                if (!line.available().currency().equals(ccy)) continue;
                BigDecimal open = current ? line.remaining().amount() : line.budget().monthlyAmount().amount();
                BigDecimal covered = recurring.getOrDefault(line.category().id(), Map.of()).getOrDefault(m, BigDecimal.ZERO);
                BigDecimal discretionary = open.subtract(covered);
                if (discretionary.signum() <= 0) continue;
                BigDecimal perDay = discretionary.divide(BigDecimal.valueOf(daysLeftInMonth), 6, RoundingMode.HALF_EVEN);
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) out.merge(d, perDay, BigDecimal::add);
            }
        }
    }
}
