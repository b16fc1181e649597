package dev.meridian.sync.plaid;

import dev.meridian.core.domain.ConnectionSecrets;
import java.util.Optional;

/**
 * What a Plaid connection keeps sealed: the developer keys (client id, secret, environment, an optional
 * base URL that overrides the environment's, for tests and proxies) and, once a bank is linked, the
 * item's access token and id. {@link #toString()} never shows the secret or the token.
 */
public record PlaidSettings(String clientId, String secret, PlaidEnvironment environment, String baseUrl,
                            String accessToken, String itemId) {

    public static final String PROVIDER = "plaid";
    public static final String CLIENT_ID = "client_id";
    public static final String SECRET = "secret";
    public static final String ENVIRONMENT = "environment";
    public static final String BASE_URL = "base_url";
    public static final String ACCESS_TOKEN = "access_token";
    public static final String ITEM_ID = "item_id";

    /** Reads the keys; a missing client id or secret is an error that says which one to fill in. */
    public static PlaidSettings from(ConnectionSecrets secrets) {
        String clientId = secrets.get(CLIENT_ID)
                .orElseThrow(() -> new IllegalArgumentException("Plaid connection has no client id: enter it in Connections"));
        String secret = secrets.get(SECRET)
                .orElseThrow(() -> new IllegalArgumentException("Plaid connection has no secret: enter it in Connections"));
        PlaidEnvironment env = PlaidEnvironment.parse(secrets.get(ENVIRONMENT).orElse(null));
        return new PlaidSettings(clientId.strip(), secret.strip(), env, secrets.get(BASE_URL).map(String::strip).orElse(null),
                secrets.get(ACCESS_TOKEN).orElse(null), secrets.get(ITEM_ID).orElse(null));
    }

    /** The base URL calls go to: the override when set, else the environment's. */
    public String endpoint() {
        return baseUrl != null ? baseUrl : environment.baseUrl();
    }

    public boolean linked() {
        return accessToken != null;
    }

    public Optional<String> access() {
        return Optional.ofNullable(accessToken);
    }

    /** The sealed values with a newly linked item's access token and id added. */
    public static ConnectionSecrets linked(ConnectionSecrets secrets, String accessToken, String itemId) {
        return secrets.with(ACCESS_TOKEN, accessToken).with(ITEM_ID, itemId);
    }

    @Override
    public String toString() {
        return "PlaidSettings[" + environment.key() + (baseUrl == null ? "" : " at " + baseUrl)
                + (linked() ? ", item " + itemId : ", no item") + "]";
    }
}
