package dev.meridian.core.backup;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which snapshots to keep: the newest {@code last}, plus the newest of each of the latest
 * {@code daily} days, {@code weekly} ISO weeks and {@code monthly} months that have a snapshot.
 * A policy of all zeros keeps everything: pruning never deletes every snapshot.
 */
public record RetentionPolicy(int last, int daily, int weekly, int monthly) {

    public RetentionPolicy {
        if (last < 0 || daily < 0 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("Retention counts must not be negative");
        }
    }

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(3, 7, 4, 12);
    }

    public boolean keepsEverything() {
        return last == 0 && daily == 0 && weekly == 0 && monthly == 0;
    }

    /** Ids of the snapshots to keep. */
    public Set<String> keep(Collection<SnapshotManifest> snapshots, ZoneId zone) {
        List<SnapshotManifest> newestFirst = snapshots.stream()
                .sorted(Comparator.comparing(SnapshotManifest::createdAt).reversed().thenComparing(SnapshotManifest::id)).toList();
        Set<String> kept = new LinkedHashSet<>();
        if (keepsEverything()) {
            newestFirst.forEach(s -> kept.add(s.id()));
            return kept;
        }
        newestFirst.stream().limit(last).forEach(s -> kept.add(s.id()));
        keepNewestPerBucket(newestFirst, daily, t -> t.toLocalDate().toString(), zone, kept);
        keepNewestPerBucket(newestFirst, weekly, t -> t.get(IsoFields.WEEK_BASED_YEAR) + "-W" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), zone, kept);
        keepNewestPerBucket(newestFirst, monthly, t -> t.getYear() + "-" + t.getMonthValue(), zone, kept);
        return kept;
    }

    private static void keepNewestPerBucket(List<SnapshotManifest> newestFirst, int buckets, Function<ZonedDateTime, String> bucketOf,
            ZoneId zone, Set<String> kept) {
        Set<String> seen = new HashSet<>();
        for (SnapshotManifest snapshot : newestFirst) {
            if (seen.size() >= buckets) {
                return;
            }
            if (seen.add(bucketOf.apply(snapshot.createdAt().atZone(zone)))) {
                kept.add(snapshot.id());
            }
        }
    }
}
