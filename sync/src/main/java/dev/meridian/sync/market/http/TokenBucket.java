package dev.meridian.sync.market.http;

import java.time.Duration;

/**
 * One rate band, e.g. "5 requests per minute": holds at most {@code capacity} tokens and refills them
 * continuously over {@code period}. Not thread-safe; {@link RateLimiter} guards it.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerMilli;
    private final String label;
    private double tokens;
    private long lastRefillMillis;

    TokenBucket(int capacity, Duration period, long nowMillis) {
        if (capacity <= 0 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate band needs a positive capacity and period: " + capacity + " per " + period);
        }
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) period.toMillis();
        this.label = capacity + " per " + describe(period);
        this.tokens = capacity;
        this.lastRefillMillis = nowMillis;
    }

    /** How long until {@code cost} tokens are available; zero when they are available now. */
    Duration waitFor(int cost, long nowMillis) {
        refill(nowMillis);
        if (tokens >= cost) return Duration.ZERO;
        double missing = Math.min(cost, capacity) - tokens;
        return Duration.ofMillis((long) Math.ceil(missing / tokensPerMilli));
    }

    void take(int cost, long nowMillis) {
        refill(nowMillis);
        tokens -= cost;
    }

    String label() {
        return label;
    }

    private void refill(long nowMillis) {
        long elapsed = nowMillis - lastRefillMillis;
        if (elapsed <= 0) return;
        tokens = Math.min(capacity, tokens + elapsed * tokensPerMilli);
        lastRefillMillis = nowMillis;
    }

    private static String describe(Duration period) {
        if (period.equals(Duration.ofDays(1))) return "day";
        if (period.equals(Duration.ofHours(1))) return "hour";
        if (period.equals(Duration.ofMinutes(1))) return "minute";
        if (period.equals(Duration.ofSeconds(1))) return "second";
        return period.toString();
    }
}
