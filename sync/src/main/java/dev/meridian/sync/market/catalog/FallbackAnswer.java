package dev.meridian.sync.market.catalog;

import java.util.List;

/** The first usable answer in a fallback chain, which provider gave it, and why the ones before it did not. */
public record FallbackAnswer<T>(T value, String answeredBy, List<FallbackAttempt> passedOver) {
    public FallbackAnswer {
        passedOver = List.copyOf(passedOver);
    }
}
