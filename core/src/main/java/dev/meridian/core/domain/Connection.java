package dev.meridian.core.domain;

import java.time.Instant;

/**
 * A configured outside service (market data vendor, Plaid item, broker, LLM, backup target).
 * Credentials are not part of this record: they are stored encrypted and read through the
 * connection repository with the vault's secret cipher. {@code syncCursor} is the provider's
 * resume point (e.g. Plaid's transactions cursor).
 */
public record Connection(
        long id,
        ConnectionKind kind,
        String provider,
        String displayName,
        ConnectionStatus status,
        String syncCursor,
        Instant lastSyncAt,
        String lastError,
        int priority) {

    public Connection withId(long newId) {
        return new Connection(newId, kind, provider, displayName, status, syncCursor, lastSyncAt, lastError, priority);
    }
}
