package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.Cadence;
import java.util.Optional;

/**
 * How many days apart two bookings of a cadence may be: calendar months are 28 to 31 days, people
 * pay a day or two late, weekends shift debits. {@code grace} is how long after the expected date a
 * missing booking still counts as "late" rather than "stopped".
 */
record CadenceWindow(Cadence cadence, int minDays, int maxDays, int graceDays) {

    private static final CadenceWindow[] WINDOWS = {
            new CadenceWindow(Cadence.WEEKLY, 6, 8, 3),
            new CadenceWindow(Cadence.BIWEEKLY, 12, 16, 5),
            new CadenceWindow(Cadence.MONTHLY, 26, 35, 10),
            new CadenceWindow(Cadence.QUARTERLY, 84, 98, 20),
            new CadenceWindow(Cadence.YEARLY, 350, 380, 30),
    };

    static Optional<CadenceWindow> containing(long days) {
        for (CadenceWindow w : WINDOWS) {
            if (w.contains(days)) return Optional.of(w);
        }
        return Optional.empty();
    }

    boolean contains(long days) {
        return days >= minDays && days <= maxDays;
    }
}
