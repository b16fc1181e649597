package dev.meridian.sync.market.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor's documented request budget as one or more bands that must all allow a request
 * (e.g. Alpha Vantage's free key: 5 per minute and 25 per day).
 */
public record RateLimit(List<Band> bands) {

    public record Band(int capacity, Duration period) {}

    public RateLimit {
        bands = List.copyOf(bands);
    }

    public static RateLimit perMinute(int requests) {
        return new RateLimit(List.of(new Band(requests, Duration.ofMinutes(1))));
    }

    public static RateLimit unlimited() {
        return new RateLimit(List.of());
    }

    public RateLimit and(int capacity, Duration period) {
        var all = new ArrayList<>(bands);
        all.add(new Band(capacity, period));
        return new RateLimit(all);
    }
}
