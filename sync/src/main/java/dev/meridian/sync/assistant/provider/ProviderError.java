package dev.meridian.sync.assistant.provider;

import dev.langchain4j.exception.HttpException;

/**
 * A provider refused the request for a reason the next provider would share (bad request, unknown
 * model). The message names the provider, the error type and HTTP status only: vendor messages can
 * echo the request, so neither they nor the cause are kept.
 */
public final class ProviderError extends RuntimeException {
    public ProviderError(String provider, Throwable cause) {
        super(provider + " could not answer (" + cause.getClass().getSimpleName() + status(cause) + ")");
    }

    private static String status(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof HttpException http) return ", HTTP " + http.statusCode();
        }
        return "";
    }
}
