package dev.meridian.app.connections;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.sync.plaid.PlaidSettings;

/**
 * One line of the connections list: the connection, its provider's descriptor, and whether sealed
 * credentials (and for Plaid a linked bank) are stored. Never holds a secret value.
 */
public record ConnectionRow(Connection connection, ProviderDescriptor provider, boolean credentialsStored, boolean bankLinked) {

    /** What the list shows in place of the secrets: a mask when stored, never the value. */
    public static final String MASK = "••••••••";

    public String credentialsText() {
        if (provider.keyless()) return "No key needed";
        if (!credentialsStored) return provider.fields().stream().anyMatch(CredentialField::required) ? "Not set" : "No key (optional)";
        return MASK + " sealed";
    }

    public boolean plaid() {
        return PlaidSettings.PROVIDER.equals(connection.provider());
    }

    public boolean enabled() {
        return connection.status() != ConnectionStatus.DISABLED;
    }
}
