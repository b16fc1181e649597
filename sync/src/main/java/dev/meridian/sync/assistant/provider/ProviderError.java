package dev.meridian.sync.assistant.provider;

/**
 * A provider refused the request for a reason the next provider would share (bad request, unknown
 * model). The message names the provider and the error type only: vendor messages can echo the request.
 */
public final class ProviderError extends RuntimeException {
    public ProviderError(String provider, Throwable cause) {
        super(provider + " could not answer (" + cause.getClass().getSimpleName() + ")");
    }
}
