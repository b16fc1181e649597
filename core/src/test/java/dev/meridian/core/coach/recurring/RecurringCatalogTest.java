package dev.meridian.core.coach.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.coach.Bookings;
import dev.meridian.core.coach.CoachDatabase;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.RecurringSeriesRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecurringCatalogTest {

    @TempDir Path dir;
    private CoachDatabase db;
    private RecurringSeriesRepository repository;
    private RecurringCatalog catalog;
    private Bookings b;

    @BeforeEach
    void open() {
        db = new CoachDatabase(dir);
        repository = new RecurringSeriesRepository(db.dsl);
        catalog = new RecurringCatalog(repository);
        b = new Bookings(db.account("Card").id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Transaction> monthly(String payee, String amount, int months) {
        List<Transaction> out = new ArrayList<>();
        for (int m = 1; m <= months; m++) out.add(b.charge(String.format("2026-%02d-05", m), amount, payee, null));
        return out;
    }

    private RecurringSeries stored(String payee) {
        return repository.all().stream().filter(s -> s.payee().equals(payee)).findFirst().orElseThrow();
    }

    @Test
    void theUsersWordSurvivesTheNextDetection() {
        List<Transaction> txns = new ArrayList<>();
        txns.addAll(monthly("Spotify", "11.99", 4));
        txns.addAll(monthly("Apple Music", "10.99", 4));
        txns.addAll(monthly("Gym", "39.99", 4));
        List<TrackedSeries> first = catalog.refresh(txns, LocalDate.parse("2026-04-10"));
        assertThat(first).hasSize(3).allSatisfy(t -> assertThat(t.series().status()).isEqualTo(RecurringStatus.DETECTED));
        assertThat(first).filteredOn(TrackedSeries::overlapping).extracting(t -> t.series().payee())
                .containsExactlyInAnyOrder("Spotify", "Apple Music");

        catalog.setStatus(stored("Apple Music").id(), RecurringStatus.IGNORED);
        catalog.edit(stored("Gym").id(), Cadence.MONTHLY, Money.of("35.00", "USD"), null);

        txns.add(b.charge("2026-05-05", "11.99", "Spotify", null));
        txns.add(b.charge("2026-05-05", "10.99", "Apple Music", null));
        txns.add(b.charge("2026-05-05", "39.99", "Gym", null));
        List<TrackedSeries> second = catalog.refresh(txns, LocalDate.parse("2026-05-10"));

        RecurringSeries gym = stored("Gym");
        assertThat(gym.status()).isEqualTo(RecurringStatus.CONFIRMED);
        assertThat(gym.expectedAmount().isEqualTo(Money.of("-35.00", "USD"))).isTrue();
        assertThat(gym.lastDate()).isEqualTo(LocalDate.parse("2026-05-05"));
        assertThat(gym.nextDate()).isEqualTo(LocalDate.parse("2026-06-05"));
        assertThat(stored("Apple Music").status()).isEqualTo(RecurringStatus.IGNORED);
        assertThat(stored("Spotify").nextDate()).isEqualTo(LocalDate.parse("2026-06-05"));
        // Ignoring Apple Music ends the overlap.
        assertThat(second).noneMatch(TrackedSeries::overlapping);
        assertThat(repository.all()).hasSize(3);
    }

    @Test
    void aStoppedDetectionIsDroppedButAConfirmedOneStays() {
        List<Transaction> txns = new ArrayList<>(monthly("Spotify", "11.99", 4));
        txns.addAll(monthly("Gym", "39.99", 4));
        catalog.refresh(txns, LocalDate.parse("2026-04-10"));
        catalog.setStatus(stored("Gym").id(), RecurringStatus.CONFIRMED);
        catalog.refresh(txns, LocalDate.parse("2026-08-01"));
        assertThat(repository.all()).extracting(RecurringSeries::payee).containsExactly("Gym");
    }

    @Test
    void editsAreCheckedBeforeAnythingChanges() {
        catalog.refresh(monthly("Gym", "39.99", 4), LocalDate.parse("2026-04-10"));
        long id = stored("Gym").id();
        assertThatThrownBy(() -> catalog.edit(id, Cadence.MONTHLY, Money.of("30", "EUR"), null)).hasMessageContaining("must be in USD");
        assertThatThrownBy(() -> catalog.setStatus(999, RecurringStatus.IGNORED)).hasMessageContaining("No recurring series with id 999");
        assertThat(stored("Gym").status()).isEqualTo(RecurringStatus.DETECTED);
    }
}
