package dev.meridian.core.demo;

import dev.meridian.core.domain.Goal;
import dev.meridian.core.domain.GoalContribution;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A savings goal of the demo with its manual contributions (ids not yet assigned): an emergency fund
 * tracked by the savings account, a vacation saved for by hand, and a new car that is behind schedule.
 */
public record GoalPlan(Goal goal, List<GoalContribution> contributions) {

    public GoalPlan {
        contributions = List.copyOf(contributions);
    }

    public static List<GoalPlan> all(LocalDate today, long savingsAccountId, RandomGenerator rng) {
        String usd = BankScenario.CURRENCY;
        Goal emergency = new Goal(0, "Emergency Fund", Money.of("25000.00", usd), today.plusMonths(6), savingsAccountId,
                BankScenario.start(today));
        LocalDate vacationStart = today.minusMonths(8).withDayOfMonth(1);
        Goal vacation = new Goal(0, "Summer Vacation", Money.of("4000.00", usd), nextJuly(today), null, vacationStart);
        LocalDate carStart = today.minusMonths(18).withDayOfMonth(1);
        Goal car = new Goal(0, "New Car", Money.of("30000.00", usd), today.plusMonths(14).withDayOfMonth(1), null, carStart);
        return List.of(
                new GoalPlan(emergency, List.of()),
                new GoalPlan(vacation, monthly(vacationStart, today, new BigDecimal("250"), 0.9, 0.15, rng, "Monthly vacation savings")),
                new GoalPlan(car, monthly(carStart, today, new BigDecimal("520"), 0.7, 0.35, rng, "Car fund")));
    }

    /** The date the goal should be reached at a steady pace, as a fraction of the way: elapsed / planned. */
    public double expectedProgress(LocalDate on) {
        long planned = ChronoUnit.DAYS.between(goal.startDate(), goal.targetDate());
        long elapsed = ChronoUnit.DAYS.between(goal.startDate(), on);
        return Math.clamp((double) elapsed / planned, 0, 1);
    }

    public BigDecimal contributed() {
        return contributions.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate nextJuly(LocalDate today) {
        LocalDate july = LocalDate.of(today.getYear(), 7, 1);
        return july.isAfter(today.plusMonths(3)) ? july : july.plusYears(1);
    }

    /** Contributions on the 26th of each month, paid with probability {@code chance} and varying by {@code spread}. */
    private static List<GoalContribution> monthly(LocalDate start, LocalDate today, BigDecimal amount, double chance, double spread,
                                                  RandomGenerator rng, String note) {
        List<GoalContribution> out = new ArrayList<>();
        for (LocalDate d = start.withDayOfMonth(26); !d.isAfter(today); d = d.plusMonths(1)) {
            if (rng.nextDouble() >= chance) continue;
            BigDecimal paid = amount.multiply(BigDecimal.valueOf(1 + spread * (rng.nextDouble() * 2 - 1))).setScale(-1, RoundingMode.HALF_UP);
            out.add(new GoalContribution(0, 0, d, new Money(paid.setScale(2), BankScenario.CURRENCY), note));
        }
        return out;
    }
}
