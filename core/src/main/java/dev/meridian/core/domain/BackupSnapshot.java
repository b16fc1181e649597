package dev.meridian.core.domain;

import java.time.Instant;
import java.util.Objects;

/** One backup pushed to a destination; {@code manifestId} names the remote manifest that lists its parts. */
public record BackupSnapshot(long id, long destinationId, Instant createdAt, long sizeBytes, String manifestId, BackupStatus status) {
    public BackupSnapshot {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(manifestId, "manifestId");
        Objects.requireNonNull(status, "status");
    }

    public BackupSnapshot withId(long newId) {
        return new BackupSnapshot(newId, destinationId, createdAt, sizeBytes, manifestId, status);
    }
}
