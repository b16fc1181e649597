package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CONNECTION;

import dev.meridian.core.db.generated.tables.records.ConnectionRecord;
import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.vault.SecretCipher;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Outside services; their credentials are sealed with the vault's {@link SecretCipher} bound to the row. */
public final class ConnectionRepository {

    static final String TABLE = "connection";
    static final String COLUMN = "credentials";

    private final DSLContext dsl;
    private final SecretCipher cipher;

    public ConnectionRepository(DSLContext dsl, SecretCipher cipher) {
        this.dsl = dsl;
        this.cipher = cipher;
    }

    /** Inserts the connection and stores {@code credentials} (may be null) encrypted. */
    public Connection insert(Connection connection, byte[] credentials) {
        long id = dsl.insertInto(CONNECTION).set(toRecord(connection)).returningResult(CONNECTION.ID).fetchSingle().value1();
        if (credentials != null) updateCredentials(id, credentials);
        return connection.withId(id);
    }

    public void update(Connection connection) {
        int n = dsl.update(CONNECTION).set(toRecord(connection)).where(CONNECTION.ID.eq(connection.id())).execute();
        Columns.requireOneRow(n, "connection", connection.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(CONNECTION).where(CONNECTION.ID.eq(id)).execute();
    }

    public Optional<Connection> find(long id) {
        return dsl.selectFrom(CONNECTION).where(CONNECTION.ID.eq(id)).fetchOptional().map(ConnectionRepository::toDomain);
    }

    public List<Connection> all() {
        return dsl.selectFrom(CONNECTION).orderBy(CONNECTION.KIND, CONNECTION.PRIORITY, CONNECTION.ID).fetch(ConnectionRepository::toDomain);
    }

    /** Connections of one kind in priority order (lowest first), e.g. market data vendors to try in turn. */
    public List<Connection> ofKind(ConnectionKind kind) {
        return dsl.selectFrom(CONNECTION).where(CONNECTION.KIND.eq(kind.name())).orderBy(CONNECTION.PRIORITY, CONNECTION.ID)
                .fetch(ConnectionRepository::toDomain);
    }

    /** The decrypted credentials, or null when none are stored. */
    public byte[] credentials(long id) {
        ConnectionRecord r = dsl.selectFrom(CONNECTION).where(CONNECTION.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("No connection with id " + id));
        if (r.getCredentials() == null) return null;
        try {
            return cipher.open(r.getCredentials(), TABLE, id, COLUMN);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Credentials of connection " + id + " cannot be decrypted (tampered or from another vault)", e);
        }
    }

    /** Replaces the stored credentials; null removes them. */
    public void updateCredentials(long id, byte[] credentials) {
        byte[] sealed = credentials == null ? null : cipher.seal(credentials, TABLE, id, COLUMN);
        int n = dsl.update(CONNECTION).set(CONNECTION.CREDENTIALS, sealed).where(CONNECTION.ID.eq(id)).execute();
        Columns.requireOneRow(n, "connection", id);
    }

    public void updateStatus(long id, ConnectionStatus status, String lastError) {
        int n = dsl.update(CONNECTION).set(CONNECTION.STATUS, status.name()).set(CONNECTION.LAST_ERROR, lastError)
                .where(CONNECTION.ID.eq(id)).execute();
        Columns.requireOneRow(n, "connection", id);
    }

    /** Records a successful sync: the provider's new resume point and when it happened. */
    public void updateCursor(long id, String syncCursor, Instant syncedAt) {
        int n = dsl.update(CONNECTION).set(CONNECTION.SYNC_CURSOR, syncCursor).set(CONNECTION.LAST_SYNC_AT, Columns.timestamp(syncedAt))
                .where(CONNECTION.ID.eq(id)).execute();
        Columns.requireOneRow(n, "connection", id);
    }

    private static ConnectionRecord toRecord(Connection c) {
        return new ConnectionRecord()
                .setKind(c.kind().name())
                .setProvider(c.provider())
                .setDisplayName(c.displayName())
                .setStatus(c.status().name())
                .setSyncCursor(c.syncCursor())
                .setLastSyncAt(Columns.timestamp(c.lastSyncAt()))
                .setLastError(c.lastError())
                .setPriority(c.priority());
    }

    private static Connection toDomain(ConnectionRecord r) {
        return new Connection(r.getId(), ConnectionKind.valueOf(r.getKind()), r.getProvider(), r.getDisplayName(),
                ConnectionStatus.valueOf(r.getStatus()), r.getSyncCursor(), Columns.instant(r.getLastSyncAt()), r.getLastError(),
                r.getPriority());
    }
}
