package dev.meridian.app.backup;

import dev.meridian.core.backup.SnapshotManifest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One line of the snapshot table. */
public record SnapshotRow(String id, String date, String size, String chunks, String uploaded) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static SnapshotRow of(SnapshotManifest s, ZoneId zone) {
        return new SnapshotRow(s.id(), DATE.format(s.createdAt().atZone(zone)), mib(s.sizeBytes()),
                s.newChunks() + " new / " + s.reusedChunks() + " reused", mib(s.uploadedBytes()));
    }

    static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }
}
