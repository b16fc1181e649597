package dev.meridian.sync.market.http;

import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import okhttp3.Headers;

/** A complete answer that needs no retry: a 2xx, or a 4xx the vendor code may want to classify itself. */
public record HttpReply(String provider, String displayName, int code, Headers headers, String body, String safeUrl) {

    public boolean isSuccessful() {
        return code >= 200 && code < 300;
    }

    /** Returns itself when 2xx, else throws the generic classification ({@link #failure()}). */
    public HttpReply requireSuccess() {
        if (!isSuccessful()) throw failure();
        return this;
    }

    /** Generic mapping of an unsuccessful status: 401/403 a key problem, 404 unknown, the rest a bad answer. */
    public ProviderException failure() {
        return switch (code) {
            case 401, 403 -> fail(Kind.UNAUTHORIZED, displayName + " refused the request (HTTP " + code
                    + "): check the API key for " + displayName + " in Connections.");
            case 404 -> fail(Kind.NOT_FOUND, displayName + " has no data at " + safeUrl + " (HTTP 404): check the symbol.");
            default -> fail(Kind.BAD_RESPONSE, displayName + " answered HTTP " + code + " for " + safeUrl + ".");
        };
    }

    public ProviderException fail(Kind kind, String message) {
        return new ProviderException(provider, kind, message);
    }

    /** A body that could not be understood: names the URL and what was expected, never the secret. */
    public ProviderException badBody(String expectation, Throwable cause) {
        return new ProviderException(provider, Kind.BAD_RESPONSE,
                displayName + " sent an answer Meridian cannot read (" + expectation + ") for " + safeUrl
                        + "; the service may have changed its format or returned an error page.",
                null, cause);
    }
}
