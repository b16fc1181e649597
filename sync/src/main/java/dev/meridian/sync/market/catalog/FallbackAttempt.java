package dev.meridian.sync.market.catalog;

import dev.meridian.sync.market.ProviderException;

/** Why one provider in a fallback chain did not answer; {@code kind} is null when it was skipped, not tried. */
public record FallbackAttempt(String provider, ProviderException.Kind kind, String reason) {

    @Override
    public String toString() {
        return provider + (kind == null ? " skipped: " : " " + kind + ": ") + reason;
    }
}
