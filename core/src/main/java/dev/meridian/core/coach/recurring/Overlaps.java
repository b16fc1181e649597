package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Groups running (not ignored) charges by the service they sell and reports the types paid more than once. */
public final class Overlaps {

    private Overlaps() {
    }

    public static List<Overlap> find(List<RecurringSeries> series) {
        Map<ServiceType, List<RecurringSeries>> byType = new EnumMap<>(ServiceType.class);
        for (RecurringSeries s : series) {
            if (s.status() == RecurringStatus.IGNORED || s.expectedAmount().signum() >= 0) continue;
            ServiceCatalog.typeOf(MerchantKey.of(s.payee()))
                    .ifPresent(type -> byType.computeIfAbsent(type, k -> new ArrayList<>()).add(s));
        }
        List<Overlap> overlaps = new ArrayList<>();
        byType.forEach((type, list) -> {
            if (list.size() > 1) overlaps.add(new Overlap(type, list));
        });
        return overlaps;
    }
}
