package dev.meridian.sync.assistant.provider;

/** A provider that cannot answer right now in a way the next provider of the chain might: timeout, 429, 5xx, no key. */
public final class ProviderUnavailable extends RuntimeException {
    public ProviderUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
