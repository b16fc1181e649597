package dev.meridian.core.coach.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Goal;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalProjectionTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-01-01");
    /** 546 days to go = 17.9384 months of 30.4375 days. */
    private static final Goal CAR = new Goal(3, "Car", Money.of("12000", "USD"), LocalDate.parse("2027-07-01"), null, TODAY.minusMonths(6));

    private final GoalProjection projection = new GoalProjection();

    @Test
    void behindWhenThePaceFallsShortByTheDate() {
        GoalProgress p = projection.project(CAR, Money.of("3000", "USD"), Money.of("500", "USD"), TODAY);
        // 3000 + 500 * 17.9384 = 11969.20 < 12000
        assertThat(p.projectedAtTarget().amount()).isEqualByComparingTo("11969.20");
        assertThat(p.status()).isEqualTo(GoalStatus.BEHIND);
        // 9000 / 17.9384 = 501.717... rounded up to the cent
        assertThat(p.requiredMonthly().amount()).isEqualByComparingTo("501.72");
        // 9000 / 500 = 18 months = 547.875 days -> 548 days
        assertThat(p.projectedDate()).isEqualTo(TODAY.plusDays(548));
        assertThat(p.fraction()).isEqualTo(0.25);
    }

    @Test
    void onTrackWhenThePaceGetsThere() {
        GoalProgress p = projection.project(CAR, Money.of("3000", "USD"), Money.of("510", "USD"), TODAY);
        assertThat(p.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(p.projectedAtTarget().amount()).isEqualByComparingTo("12148.58");
    }

    @Test
    void reachedStalledAndOverdue() {
        assertThat(projection.project(CAR, Money.of("12500", "USD"), Money.zero("USD"), TODAY).status()).isEqualTo(GoalStatus.REACHED);
        Goal someday = new Goal(4, "Someday", Money.of("1000", "USD"), null, null, null);
        GoalProgress stalled = projection.project(someday, Money.of("100", "USD"), Money.zero("USD"), TODAY);
        assertThat(stalled.status()).isEqualTo(GoalStatus.STALLED);
        assertThat(stalled.projectedDate()).isNull();
        GoalProgress overdue = projection.project(CAR, Money.of("3000", "USD"), Money.of("100", "USD"), LocalDate.parse("2027-08-01"));
        assertThat(overdue.status()).isEqualTo(GoalStatus.BEHIND);
        assertThat(overdue.requiredMonthly().amount()).isEqualByComparingTo("9000");
    }
}
