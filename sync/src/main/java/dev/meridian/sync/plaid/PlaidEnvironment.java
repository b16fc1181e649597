package dev.meridian.sync.plaid;

import java.util.Locale;

/** Which Plaid deployment a client id and secret belong to; each has its own keys and items. */
public enum PlaidEnvironment {
    SANDBOX("https://sandbox.plaid.com"),
    PRODUCTION("https://production.plaid.com");

    private final String baseUrl;

    PlaidEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Accepts "sandbox" or "production" in any case; anything else is a clear error. */
    public static PlaidEnvironment parse(String text) {
        if (text == null || text.isBlank()) return SANDBOX;
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Plaid environment must be 'sandbox' or 'production', was '" + text.strip() + "'");
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
