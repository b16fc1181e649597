package dev.meridian.sync.plaid;

import java.time.Duration;

/** How often a failed call is tried again (5xx, 429, network errors) and how long to wait before each retry. */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }

    /** Exponential backoff: firstDelay, 2x, 4x ... capped at maxDelay. {@code retry} counts from 1. */
    Duration delayBefore(int retry) {
        long factor = 1L << Math.min(20, retry - 1);
        Duration d = firstDelay.multipliedBy(factor);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
