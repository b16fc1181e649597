package dev.meridian.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A place backups go. Its configuration (endpoint, bucket, access keys) is not part of this record:
 * it is stored encrypted and read through the backup destination repository.
 */
public record BackupDestination(long id, BackupKind kind, String name, Instant createdAt) {
    public BackupDestination {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name.isBlank()) throw new IllegalArgumentException("Backup destination name must not be blank");
    }

    public BackupDestination withId(long newId) {
        return new BackupDestination(newId, kind, name, createdAt);
    }
}
