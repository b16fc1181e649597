package dev.meridian.core.coach.goals;

import dev.meridian.core.domain.Goal;
import dev.meridian.core.money.Money;
import java.time.LocalDate;

/**
 * Where a goal stands. {@code monthlyPace} is what was saved per month lately; {@code requiredMonthly}
 * what is needed per month from now to reach the target on its date (zero without a date or when
 * reached); {@code projectedDate} when the pace reaches the target (null when the pace is zero);
 * {@code projectedAtTarget} what the pace gets to by the target date (the saved amount without a date).
 */
public record GoalProgress(Goal goal, Money saved, double fraction, Money monthlyPace, Money requiredMonthly,
                           LocalDate projectedDate, Money projectedAtTarget, GoalStatus status) {}
