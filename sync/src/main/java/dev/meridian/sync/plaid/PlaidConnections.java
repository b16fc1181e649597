package dev.meridian.sync.plaid;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.repo.ConnectionRepository;

/** Reads a Plaid connection and its sealed settings, refusing rows that are not Plaid bank connections. */
final class PlaidConnections {

    private PlaidConnections() { }

    static Connection require(ConnectionRepository repo, long id) {
        Connection c = repo.find(id).orElseThrow(() -> new IllegalArgumentException("No connection with id " + id));
        if (c.kind() != ConnectionKind.BANK || !PlaidSettings.PROVIDER.equals(c.provider())) {
            throw new IllegalArgumentException("Connection '" + c.displayName() + "' is not a Plaid bank connection");
        }
        return c;
    }

    static ConnectionSecrets secrets(ConnectionRepository repo, long id) {
        return ConnectionSecrets.fromBytes(repo.credentials(id));
    }
}
