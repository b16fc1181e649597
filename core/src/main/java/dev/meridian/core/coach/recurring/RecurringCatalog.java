package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.RecurringSeriesRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the stored recurring series in step with what the detector finds, without losing the user's
 * word: a confirmed series keeps its edited cadence and amount, an ignored one stays ignored, a
 * detected one that stopped is dropped. Series are matched by (account, merchant, in or out).
 */
public final class RecurringCatalog {

    private final RecurringSeriesRepository repository;
    private final RecurringDetector detector = new RecurringDetector();

    public RecurringCatalog(RecurringSeriesRepository repository) {
        this.repository = repository;
    }

    private record SeriesKey(Long accountId, String merchant, boolean income) {
        static SeriesKey of(RecurringSeries s) {
            return new SeriesKey(s.accountId(), MerchantKey.of(s.payee()), s.expectedAmount().signum() > 0);
        }

        static SeriesKey of(DetectedSeries d) {
            return new SeriesKey(d.accountId(), d.merchantKey(), d.income());
        }
    }

    /** Detects over {@code transactions}, updates the store, and returns every stored series with detection details. */
    public List<TrackedSeries> refresh(List<Transaction> transactions, LocalDate today) {
        List<DetectedSeries> detected = detector.detect(transactions, today);
        Map<SeriesKey, RecurringSeries> stored = new HashMap<>();
        for (RecurringSeries s : repository.all()) stored.putIfAbsent(SeriesKey.of(s), s);
        Map<SeriesKey, DetectedSeries> details = new HashMap<>();
        Set<SeriesKey> seen = new HashSet<>();
        for (DetectedSeries d : detected) {
            SeriesKey key = SeriesKey.of(d);
            details.put(key, d);
            seen.add(key);
            RecurringSeries existing = stored.get(key);
            if (existing == null) {
                repository.insert(fromDetection(d));
            } else {
                RecurringSeries merged = merge(existing, d);
                if (!merged.equals(existing)) repository.update(merged);
            }
        }
        for (var e : stored.entrySet()) {
            if (!seen.contains(e.getKey()) && e.getValue().status() == RecurringStatus.DETECTED) repository.delete(e.getValue().id());
        }
        return tracked(details);
    }

    /** Stored series with the details of the detection they came from (none for series no longer detected). */
    private List<TrackedSeries> tracked(Map<SeriesKey, DetectedSeries> detailsByKey) {
        List<RecurringSeries> all = repository.all();
        Set<Long> overlapping = new HashSet<>();
        for (Overlap o : Overlaps.find(all)) o.series().forEach(s -> overlapping.add(s.id()));
        List<TrackedSeries> out = new ArrayList<>();
        for (RecurringSeries s : all) {
            DetectedSeries d = detailsByKey.get(SeriesKey.of(s));
            out.add(new TrackedSeries(s, d == null ? null : d.priceChange(),
                    ServiceCatalog.typeOf(MerchantKey.of(s.payee())).orElse(null), overlapping.contains(s.id())));
        }
        return out;
    }

    public void setStatus(long seriesId, RecurringStatus status) {
        RecurringSeries s = find(seriesId);
        repository.update(new RecurringSeries(s.id(), s.payee(), s.accountId(), s.categoryId(), s.cadence(), s.expectedAmount(),
                s.lastDate(), s.nextDate(), s.subscription(), status));
    }

    /** The user's correction of a detection; an edited series counts as confirmed. */
    public RecurringSeries edit(long seriesId, Cadence cadence, Money expectedCharge, LocalDate nextDate) {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(expectedCharge, "expected amount");
        RecurringSeries s = find(seriesId);
        if (!expectedCharge.currency().equals(s.expectedAmount().currency())) {
            throw new IllegalArgumentException("Amount of " + s.payee() + " must be in " + s.expectedAmount().currency());
        }
        Money signed = s.expectedAmount().signum() < 0 ? expectedCharge.abs().negate() : expectedCharge.abs();
        RecurringSeries edited = new RecurringSeries(s.id(), s.payee(), s.accountId(), s.categoryId(), cadence, signed, s.lastDate(),
                nextDate != null ? nextDate : s.lastDate() == null ? null : cadence.next(s.lastDate()), s.subscription(),
                RecurringStatus.CONFIRMED);
        repository.update(edited);
        return edited;
    }

    private RecurringSeries find(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalArgumentException("No recurring series with id " + id));
    }

    private static RecurringSeries fromDetection(DetectedSeries d) {
        return new RecurringSeries(0, d.payee(), d.accountId(), d.categoryId(), d.cadence(), d.expected(), d.lastDate(), d.nextDate(),
                d.subscription(), RecurringStatus.DETECTED);
    }

    private static RecurringSeries merge(RecurringSeries s, DetectedSeries d) {
        return switch (s.status()) {
            case DETECTED -> new RecurringSeries(s.id(), d.payee(), d.accountId(), d.categoryId(), d.cadence(), d.expected(),
                    d.lastDate(), d.nextDate(), d.subscription(), RecurringStatus.DETECTED);
            case CONFIRMED, IGNORED -> {
                boolean newer = s.lastDate() == null || d.lastDate().isAfter(s.lastDate());
                LocalDate last = newer ? d.lastDate() : s.lastDate();
                LocalDate next = newer ? s.cadence().next(d.lastDate()) : s.nextDate();
                yield new RecurringSeries(s.id(), s.payee(), s.accountId(), s.categoryId(), s.cadence(), s.expectedAmount(), last, next,
                        s.subscription(), s.status());
            }
        };
    }
}
