package dev.meridian.sync.assistant.provider;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;

/**
 * Decides whether a provider error should hand over to the next provider, and says why in the
 * user's words. Reasons are our own text, never the vendor's message (which may echo the request).
 */
final class FailureReason {

    private FailureReason() { }

    /** A reason to try the next provider, or empty when the error is not the provider's availability. */
    static Optional<String> fallbackReason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Optional<String> reason = direct(t);
            if (reason.isPresent()) return reason;
            if (t.getCause() == t) break;
        }
        return Optional.empty();
    }

    private static Optional<String> direct(Throwable t) {
        if (t instanceof RateLimitException) return Optional.of("rate limited (429)");
        if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                || t instanceof java.net.SocketTimeoutException) return Optional.of("timed out");
        if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) return Optional.of("could not connect");
        if (t instanceof AuthenticationException) return Optional.of("API key rejected");
        if (t instanceof InternalServerException) return Optional.of("server error (5xx)");
        if (t instanceof HttpException http) return fromStatus(http.statusCode());
        return Optional.empty();
    }

    private static Optional<String> fromStatus(int status) {
        if (status == 429) return Optional.of("rate limited (429)");
        if (status == 401 || status == 403) return Optional.of("API key rejected (" + status + ")");
        if (status == 408) return Optional.of("timed out (408)");
        if (status >= 500) return Optional.of("server error (" + status + ")");
        return Optional.empty();
    }
}
