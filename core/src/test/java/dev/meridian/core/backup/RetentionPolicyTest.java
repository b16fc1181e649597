package dev.meridian.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static SnapshotManifest at(String id, Instant time) {
        return new SnapshotManifest(id, time, 0, List.of(), 0, 0, 0);
    }

    @Test
    void keepsLastNAndNewestPerDayWeekAndMonth() {
        List<SnapshotManifest> snapshots = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T08:00:00Z");
        for (int day = 0; day < 90; day++) {
            snapshots.add(at("d" + day + "a", start.plus(Duration.ofDays(day))));
            snapshots.add(at("d" + day + "b", start.plus(Duration.ofDays(day)).plus(Duration.ofHours(6))));
        }
        var kept = new RetentionPolicy(2, 3, 3, 3).keep(snapshots, ZoneOffset.UTC);
        // last 2: d89b d89a; daily 3: d89b d88b d87b; weekly 3: Tue 2026-03-31 (d89b), Sundays 03-29 (d87b) and 03-22 (d80b);
        // monthly 3: March (d89b), February's last (d58b), January's last (d30b).
        assertThat(kept).containsExactlyInAnyOrder("d89b", "d89a", "d88b", "d87b", "d80b", "d58b", "d30b");
    }

    @Test
    void allZeroKeepsEverything() {
        List<SnapshotManifest> snapshots = List.of(at("a", Instant.EPOCH), at("b", Instant.EPOCH.plusSeconds(1)));
        assertThat(new RetentionPolicy(0, 0, 0, 0).keep(snapshots, ZoneOffset.UTC)).containsExactlyInAnyOrder("a", "b");
    }
}
