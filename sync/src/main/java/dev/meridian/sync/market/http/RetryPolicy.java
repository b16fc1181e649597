package dev.meridian.sync.market.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Bounded retries for idempotent GETs: exponential backoff with full jitter (a random wait in
 * [0, min(maxDelay, baseDelay * 2^(attempt-1))]), never shorter than a server's {@code Retry-After}.
 * A {@code Retry-After} longer than {@code maxRetryAfter} is not waited for: the call fails RATE_LIMITED.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final RetryPolicy STANDARD =
            new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry delays must not be negative");
        }
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} (1-based) failed. */
    public Duration backoff(int attempt, RandomGenerator random) {
        long cap = maxDelay.toMillis();
        long exp = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long ceiling = Math.min(cap, exp < 0 ? cap : exp);
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.nextLong(ceiling + 1));
    }
}
