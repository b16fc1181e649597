package dev.meridian.core.coach.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meridian.core.coach.Bookings;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringDetectorTest {

    private final Bookings b = new Bookings(1);
    private final RecurringDetector detector = new RecurringDetector();

    private List<Transaction> charges(String payee, String amount, String... dates) {
        List<Transaction> out = new ArrayList<>();
        for (String d : dates) out.add(b.charge(d, amount, payee, null));
        return out;
    }

    @Test
    void monthlyWithJitterIncludingOneShortGap() {
        // gaps 33, 25, 33, 29, 33: median 33 is monthly, 4 of 5 gaps (80 %) inside 26..35
        var txns = charges("SPOTIFY USA 877-778-1161", "11.99", "2026-01-03", "2026-02-05", "2026-03-02", "2026-04-04", "2026-05-03", "2026-06-05");
        var found = detector.detect(txns, LocalDate.parse("2026-06-20"));
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.cadence()).isEqualTo(Cadence.MONTHLY);
            assertThat(s.merchantKey()).isEqualTo("spotify usa");
            assertThat(s.nextDate()).isEqualTo(LocalDate.parse("2026-07-05"));
            assertThat(s.expected().isEqualTo(Money.of("-11.99", "USD"))).isTrue();
            assertThat(s.service()).isEqualTo(ServiceType.MUSIC_STREAMING);
            assertThat(s.transactionIds()).hasSize(6);
            assertThat(s.priceChange()).isNull();
        });
    }

    @Test
    void weeklyBiweeklyQuarterlyAndYearly() {
        List<Transaction> txns = new ArrayList<>();
        txns.addAll(charges("Yoga Studio", "20.00", "2026-03-02", "2026-03-09", "2026-03-17", "2026-03-23", "2026-03-30", "2026-04-06", "2026-04-14"));
        for (String d : List.of("2026-01-02", "2026-01-16", "2026-01-31", "2026-02-13", "2026-02-27", "2026-03-13", "2026-03-27", "2026-04-10")) {
            txns.add(b.income(d, "2000.00", "Acme Payroll", null));
        }
        txns.addAll(charges("City Water", "64.10", "2025-07-15", "2025-10-14", "2026-01-16", "2026-04-15"));
        txns.addAll(charges("Amazon Prime", "139.00", "2024-06-06", "2025-06-06"));
        var found = detector.detect(txns, LocalDate.parse("2026-04-16"));
        assertThat(found).extracting(DetectedSeries::merchantKey, DetectedSeries::cadence).containsExactlyInAnyOrder(
                tuple("yoga studio", Cadence.WEEKLY),
                tuple("acme payroll", Cadence.BIWEEKLY),
                tuple("city water", Cadence.QUARTERLY),
                tuple("amazon prime", Cadence.YEARLY));
        DetectedSeries salary = found.stream().filter(s -> s.merchantKey().equals("acme payroll")).findFirst().orElseThrow();
        assertThat(salary.income()).isTrue();
        assertThat(salary.nextDate()).isEqualTo(LocalDate.parse("2026-04-24"));
        DetectedSeries prime = found.stream().filter(s -> s.merchantKey().equals("amazon prime")).findFirst().orElseThrow();
        assertThat(prime.nextDate()).isEqualTo(LocalDate.parse("2026-06-06"));
        assertThat(prime.service()).isEqualTo(ServiceType.SHOPPING_MEMBERSHIP);
    }

    @Test
    void irregularVisitsAndWildAmountsAreNotSeries() {
        List<Transaction> txns = new ArrayList<>();
        // Gaps 3, 10, 2, 15, 7, 4, 12: no cadence fits three quarters of them.
        txns.addAll(charges("Whole Foods", "80.00", "2026-01-01", "2026-01-04", "2026-01-14", "2026-01-16", "2026-01-31", "2026-02-07",
                "2026-02-11", "2026-02-23"));
        // Monthly dates, amounts all over the place (MAD 35 on a median of 45 is beyond 20 %).
        txns.add(b.charge("2026-01-10", "20.00", "Corner Store", null));
        txns.add(b.charge("2026-02-10", "80.00", "Corner Store", null));
        txns.add(b.charge("2026-03-10", "45.00", "Corner Store", null));
        txns.add(b.charge("2026-04-10", "150.00", "Corner Store", null));
        txns.add(b.charge("2026-05-10", "10.00", "Corner Store", null));
        assertThat(detector.detect(txns, LocalDate.parse("2026-05-12"))).isEmpty();
    }

    @Test
    void priceIncreaseIsFoundAndTheNewPriceExpected() {
        List<Transaction> txns = new ArrayList<>(charges("Netflix", "15.49", "2025-09-09", "2025-10-09", "2025-11-09", "2025-12-09",
                "2026-01-09", "2026-02-09"));
        txns.addAll(charges("Netflix", "17.99", "2026-03-09", "2026-04-09"));
        DetectedSeries s = detector.detect(txns, LocalDate.parse("2026-04-20")).getFirst();
        assertThat(s.priceChange()).isNotNull();
        assertThat(s.priceChange().from().isEqualTo(Money.of("15.49", "USD"))).isTrue();
        assertThat(s.priceChange().to().isEqualTo(Money.of("17.99", "USD"))).isTrue();
        assertThat(s.priceChange().since()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(s.priceChange().percent()).isEqualByComparingTo("16.1");
        assertThat(s.priceChange().increase()).isTrue();
        assertThat(s.expected().isEqualTo(Money.of("-17.99", "USD"))).isTrue();
    }

    @Test
    void varyingBillHasNoPriceChange() {
        var txns = List.of(b.charge("2026-01-12", "88.10", "City Power", null), b.charge("2026-02-12", "95.40", "City Power", null),
                b.charge("2026-03-12", "80.00", "City Power", null), b.charge("2026-04-12", "80.00", "City Power", null));
        DetectedSeries s = detector.detect(txns, LocalDate.parse("2026-04-13")).getFirst();
        assertThat(s.priceChange()).isNull();
        // median of the last three: 80.00, 80.00, 95.40
        assertThat(s.expected().isEqualTo(Money.of("-80.00", "USD"))).isTrue();
    }

    @Test
    void stoppedSeriesAndTransfersAreDropped() {
        List<Transaction> txns = new ArrayList<>(charges("Old Gym", "39.99", "2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01"));
        for (String d : List.of("2026-01-02", "2026-02-02", "2026-03-02", "2026-04-02")) {
            txns.add(Transaction.cash(1, TransactionType.TRANSFER_OUT, LocalDate.parse(d), Money.of("-600", "USD"), "Savings", null, null)
                    .withTransferAccount(2L).withId(900 + txns.size()));
        }
        // Old Gym was next due 2026-02-01; 10 days of grace are long gone by April.
        assertThat(detector.detect(txns, LocalDate.parse("2026-04-10"))).isEmpty();
        // ...but within the grace it still counts as running.
        assertThat(detector.detect(txns.subList(0, 4), LocalDate.parse("2026-02-08"))).hasSize(1);
    }

    @Test
    void merchantKeysGroupSpellingsAndServiceTypesMatchWords() {
        assertThat(MerchantKey.of("SQ *Blue Bottle #12")).isEqualTo("blue bottle");
        assertThat(MerchantKey.of("  NETFLIX.COM  LOS GATOS ")).isEqualTo("netflix com los gatos");
        assertThat(ServiceCatalog.typeOf("apple com bill apple music")).contains(ServiceType.MUSIC_STREAMING);
        assertThat(ServiceCatalog.typeOf("amazon music unlimited")).contains(ServiceType.MUSIC_STREAMING);
        assertThat(ServiceCatalog.typeOf("fitlife gym membership")).contains(ServiceType.FITNESS);
        assertThat(ServiceCatalog.typeOf("amazon")).isEmpty();
    }
}
