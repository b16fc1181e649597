package dev.meridian.core.coach.goals;

import dev.meridian.core.domain.Goal;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Projects a goal at its recent pace: months are 365.25 / 12 days, the projected date is today plus
 * remaining ÷ pace months (rounded up to a whole day), the amount at the target date is saved + pace
 * × months left.
 */
public final class GoalProjection {

    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    public GoalProgress project(Goal goal, Money saved, Money monthlyPace, LocalDate today) {
        String ccy = goal.target().currency();
        Money zero = Money.zero(ccy);
        Money remaining = goal.target().minus(saved);
        double fraction = goal.target().signum() <= 0 ? 1.0
                : Math.max(0, saved.amount().divide(goal.target().amount(), MathContext.DECIMAL64).doubleValue());
        Money pace = monthlyPace.signum() > 0 ? monthlyPace : zero;
        if (remaining.signum() <= 0) {
            return new GoalProgress(goal, saved, fraction, pace, zero, today, saved, GoalStatus.REACHED);
        }
        LocalDate projectedDate = null;
        if (pace.signum() > 0) {
            BigDecimal months = remaining.amount().divide(pace.amount(), MathContext.DECIMAL64);
            long days = months.multiply(DAYS_PER_MONTH).setScale(0, RoundingMode.CEILING).longValueExact();
            projectedDate = today.plusDays(days);
        }
        if (goal.targetDate() == null) {
            return new GoalProgress(goal, saved, fraction, pace, zero, projectedDate, saved,
                    pace.signum() > 0 ? GoalStatus.ON_TRACK : GoalStatus.STALLED);
        }
        BigDecimal monthsLeft = BigDecimal.valueOf(Math.max(0, ChronoUnit.DAYS.between(today, goal.targetDate())))
                .divide(DAYS_PER_MONTH, MathContext.DECIMAL64);
        Money atTarget = saved.plus(pace.times(monthsLeft)).rounded(2);
        Money required = monthsLeft.compareTo(BigDecimal.ONE) < 0 ? remaining
                : new Money(remaining.amount().divide(monthsLeft, 2, RoundingMode.CEILING), ccy);
        GoalStatus status = atTarget.compareTo(goal.target()) >= 0 ? GoalStatus.ON_TRACK : GoalStatus.BEHIND;
        return new GoalProgress(goal, saved, fraction, pace, required, projectedDate, atTarget, status);
    }
}
