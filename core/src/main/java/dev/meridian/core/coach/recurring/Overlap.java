package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.RecurringSeries;
import java.util.List;

/** Two or more running subscriptions that sell the same kind of service (two music services). */
public record Overlap(ServiceType service, List<RecurringSeries> series) {
    public Overlap {
        series = List.copyOf(series);
    }
}
