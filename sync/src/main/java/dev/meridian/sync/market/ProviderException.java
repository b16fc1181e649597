package dev.meridian.sync.market;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that failed, classified so callers can decide: retry later, fall back to the next
 * provider, or tell the user to fix a key. Messages name the provider and what to do, never a secret.
 */
public final class ProviderException extends RuntimeException {

    public enum Kind {
        /** HTTP 429 or a vendor's throttle note; {@link #retryAfter()} says when to try again if known. */
        RATE_LIMITED,
        /** 5xx, timeouts, connection failures. */
        UNAVAILABLE,
        /** Missing or rejected API key. */
        UNAUTHORIZED,
        /** Unknown symbol or no data for the range. */
        NOT_FOUND,
        /** A body that does not parse or lacks required fields (truncated JSON, HTML error page...). */
        BAD_RESPONSE,
        /** The circuit breaker is open: the provider failed repeatedly and is being left alone for a while. */
        CIRCUIT_OPEN
    }

    private final String provider;
    private final Kind kind;
    private final Duration retryAfter;

    public ProviderException(String provider, Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.provider = provider;
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public ProviderException(String provider, Kind kind, String message) {
        this(provider, kind, message, null, null);
    }

    public String provider() {
        return provider;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
