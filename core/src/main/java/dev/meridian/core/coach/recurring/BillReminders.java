package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import java.time.LocalDate;
import java.util.List;

/** Charges due within the next {@code daysBefore} days (today included) that the user has not ignored. */
public record BillReminders(int daysBefore) {

    public BillReminders {
        if (daysBefore < 0) throw new IllegalArgumentException("Reminder lead time must not be negative: " + daysBefore);
    }

    public List<RecurringSeries> due(List<RecurringSeries> series, LocalDate today) {
        LocalDate horizon = today.plusDays(daysBefore);
        return series.stream()
                .filter(s -> s.status() != RecurringStatus.IGNORED && s.expectedAmount().signum() < 0 && s.nextDate() != null)
                .filter(s -> !s.nextDate().isBefore(today) && !s.nextDate().isAfter(horizon))
                .toList();
    }
}
