package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.BACKUP_DESTINATION;
import static dev.meridian.core.db.generated.Tables.BACKUP_SNAPSHOT;

import dev.meridian.core.db.generated.tables.records.BackupSnapshotRecord;
import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.domain.BackupKind;
import dev.meridian.core.domain.BackupSnapshot;
import dev.meridian.core.domain.BackupStatus;
import dev.meridian.core.vault.SecretCipher;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Backup destinations (configuration sealed with the vault's {@link SecretCipher}) and the snapshots pushed to them. */
public final class BackupRepository {

    static final String TABLE = "backup_destination";
    static final String COLUMN = "config";

    private final DSLContext dsl;
    private final SecretCipher cipher;

    public BackupRepository(DSLContext dsl, SecretCipher cipher) {
        this.dsl = dsl;
        this.cipher = cipher;
    }

    public BackupDestination insertDestination(BackupDestination d, byte[] config) {
        long id = dsl.insertInto(BACKUP_DESTINATION)
                .set(BACKUP_DESTINATION.KIND, d.kind().name())
                .set(BACKUP_DESTINATION.NAME, d.name())
                .set(BACKUP_DESTINATION.CREATED_AT, Columns.timestamp(d.createdAt()))
                .returningResult(BACKUP_DESTINATION.ID).fetchSingle().value1();
        updateConfig(id, config);
        return d.withId(id);
    }

    public void renameDestination(long id, String name) {
        int n = dsl.update(BACKUP_DESTINATION).set(BACKUP_DESTINATION.NAME, name).where(BACKUP_DESTINATION.ID.eq(id)).execute();
        Columns.requireOneRow(n, "backup destination", id);
    }

    /** Deletes the destination with its snapshot records (not the remote files). */
    public void deleteDestination(long id) {
        dsl.deleteFrom(BACKUP_DESTINATION).where(BACKUP_DESTINATION.ID.eq(id)).execute();
    }

    public Optional<BackupDestination> findDestination(long id) {
        return dsl.selectFrom(BACKUP_DESTINATION).where(BACKUP_DESTINATION.ID.eq(id)).fetchOptional()
                .map(r -> new BackupDestination(r.getId(), BackupKind.valueOf(r.getKind()), r.getName(), Columns.instant(r.getCreatedAt())));
    }

    public List<BackupDestination> destinations() {
        return dsl.selectFrom(BACKUP_DESTINATION).orderBy(BACKUP_DESTINATION.NAME, BACKUP_DESTINATION.ID)
                .fetch(r -> new BackupDestination(r.getId(), BackupKind.valueOf(r.getKind()), r.getName(), Columns.instant(r.getCreatedAt())));
    }

    /** The decrypted configuration, or null when none is stored. */
    public byte[] config(long destinationId) {
        byte[] sealed = dsl.select(BACKUP_DESTINATION.CONFIG).from(BACKUP_DESTINATION).where(BACKUP_DESTINATION.ID.eq(destinationId))
                .fetchOptional(BACKUP_DESTINATION.CONFIG)
                .orElseThrow(() -> new IllegalArgumentException("No backup destination with id " + destinationId));
        if (sealed == null) return null;
        try {
            return cipher.open(sealed, TABLE, destinationId, COLUMN);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Configuration of backup destination " + destinationId + " cannot be decrypted", e);
        }
    }

    public void updateConfig(long destinationId, byte[] config) {
        byte[] sealed = config == null ? null : cipher.seal(config, TABLE, destinationId, COLUMN);
        int n = dsl.update(BACKUP_DESTINATION).set(BACKUP_DESTINATION.CONFIG, sealed).where(BACKUP_DESTINATION.ID.eq(destinationId)).execute();
        Columns.requireOneRow(n, "backup destination", destinationId);
    }

    public BackupSnapshot insertSnapshot(BackupSnapshot s) {
        long id = dsl.insertInto(BACKUP_SNAPSHOT)
                .set(BACKUP_SNAPSHOT.DESTINATION_ID, s.destinationId())
                .set(BACKUP_SNAPSHOT.CREATED_AT, Columns.timestamp(s.createdAt()))
                .set(BACKUP_SNAPSHOT.SIZE_BYTES, s.sizeBytes())
                .set(BACKUP_SNAPSHOT.MANIFEST_ID, s.manifestId())
                .set(BACKUP_SNAPSHOT.STATUS, s.status().name())
                .returningResult(BACKUP_SNAPSHOT.ID).fetchSingle().value1();
        return s.withId(id);
    }

    public void finishSnapshot(long id, BackupStatus status, long sizeBytes) {
        int n = dsl.update(BACKUP_SNAPSHOT).set(BACKUP_SNAPSHOT.STATUS, status.name()).set(BACKUP_SNAPSHOT.SIZE_BYTES, sizeBytes)
                .where(BACKUP_SNAPSHOT.ID.eq(id)).execute();
        Columns.requireOneRow(n, "backup snapshot", id);
    }

    public void deleteSnapshot(long id) {
        dsl.deleteFrom(BACKUP_SNAPSHOT).where(BACKUP_SNAPSHOT.ID.eq(id)).execute();
    }

    /** Newest first. */
    public List<BackupSnapshot> snapshots(long destinationId) {
        return dsl.selectFrom(BACKUP_SNAPSHOT).where(BACKUP_SNAPSHOT.DESTINATION_ID.eq(destinationId))
                .orderBy(BACKUP_SNAPSHOT.CREATED_AT.desc(), BACKUP_SNAPSHOT.ID.desc()).fetch(BackupRepository::toDomain);
    }

    private static BackupSnapshot toDomain(BackupSnapshotRecord r) {
        return new BackupSnapshot(r.getId(), r.getDestinationId(), Columns.instant(r.getCreatedAt()), r.getSizeBytes(), r.getManifestId(),
                BackupStatus.valueOf(r.getStatus()));
    }
}
