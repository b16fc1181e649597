package dev.meridian.sync.plaid;

import com.plaid.client.model.CountryCode;
import dev.meridian.core.domain.ConnectionSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Plaid connection keeps sealed: the developer keys (client id, secret, environment, an optional
 * base URL that overrides the environment's, for tests and proxies) and, once a bank is linked, the
 * item's access token and id. {@link #toString()} never shows the secret or the token.
 */
public record PlaidSettings(String clientId, String secret, PlaidEnvironment environment, String baseUrl,
                            List<CountryCode> countries, String accessToken, String itemId) {

    public static final String PROVIDER = "plaid";
    public static final String CLIENT_ID = "client_id";
    public static final String SECRET = "secret";
    public static final String ENVIRONMENT = "environment";
    public static final String BASE_URL = "base_url";
    public static final String ACCESS_TOKEN = "access_token";
    public static final String ITEM_ID = "item_id";
    public static final String COUNTRY_CODES = "country_codes";
    /** Plaid enables the US and Canada for every new client; other countries need Plaid's approval. */
    public static final String DEFAULT_COUNTRIES = "US,CA";

    /** Reads the keys; a missing client id or secret is an error that says which one to fill in. */
    public static PlaidSettings from(ConnectionSecrets secrets) {
        String clientId = secrets.get(CLIENT_ID)
                .orElseThrow(() -> new IllegalArgumentException("Plaid connection has no client id: enter it in Connections"));
        String secret = secrets.get(SECRET)
                .orElseThrow(() -> new IllegalArgumentException("Plaid connection has no secret: enter it in Connections"));
        PlaidEnvironment env = PlaidEnvironment.parse(secrets.get(ENVIRONMENT).orElse(null));
        return new PlaidSettings(clientId.strip(), secret.strip(), env, secrets.get(BASE_URL).map(String::strip).orElse(null),
                countries(secrets.get(COUNTRY_CODES).orElse(DEFAULT_COUNTRIES)), secrets.get(ACCESS_TOKEN).orElse(null),
                secrets.get(ITEM_ID).orElse(null));
    }

    /** "US,CA" to Plaid's country codes; an unknown code is an error naming it. */
    static List<CountryCode> countries(String text) {
        List<CountryCode> codes = new ArrayList<>();
        for (String part : text.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            CountryCode c = CountryCode.fromValue(code);
            if (c == null || c == CountryCode.ENUM_UNKNOWN) {
                throw new IllegalArgumentException("Plaid country '" + code + "' is not a country Plaid serves (e.g. US, CA, GB)");
            }
            if (!codes.contains(c)) codes.add(c);
        }
        if (codes.isEmpty()) throw new IllegalArgumentException("Plaid countries: enter at least one code, e.g. US");
        return List.copyOf(codes);
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
