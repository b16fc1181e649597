package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.Cadence;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A repeating booking found in the ledger. {@code expected} is signed like the bookings (negative for
 * a charge); {@code priceChange} and {@code service} are null when there is none / the merchant is
 * not a known subscription service.
 */
public record DetectedSeries(
        String merchantKey,
        String payee,
        Long accountId,
        Long categoryId,
        Cadence cadence,
        Money expected,
        LocalDate firstDate,
        LocalDate lastDate,
        LocalDate nextDate,
        List<Long> transactionIds,
        PriceChange priceChange,
        ServiceType service) {

    public DetectedSeries {
        transactionIds = List.copyOf(transactionIds);
    }

    public boolean subscription() {
        return service != null;
    }

    public boolean income() {
        return expected.signum() > 0;
    }
}
