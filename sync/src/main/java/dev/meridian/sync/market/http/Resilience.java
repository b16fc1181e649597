package dev.meridian.sync.market.http;

import java.time.Duration;
import java.time.InstantSource;
import java.util.random.RandomGenerator;

/**
 * The shared knobs of the HTTP layer. Clock, sleeper and random source are injected so tests run
 * retries, rate-limit waits and circuit timeouts instantly and deterministically.
 */
public record Resilience(
        InstantSource clock,
        Sleeper sleeper,
        RandomGenerator random,
        RetryPolicy retry,
        int breakerThreshold,
        Duration breakerOpenFor,
        Duration maxRateWait) {

    public static Resilience standard() {
        return new Resilience(InstantSource.system(), Sleeper.SYSTEM, RandomGenerator.getDefault(),
                RetryPolicy.STANDARD, 5, Duration.ofMinutes(2), Duration.ofSeconds(75));
    }

    public Resilience withRetry(RetryPolicy policy) {
        return new Resilience(clock, sleeper, random, policy, breakerThreshold, breakerOpenFor, maxRateWait);
    }

    public Resilience withBreaker(int threshold, Duration openFor) {
        return new Resilience(clock, sleeper, random, retry, threshold, openFor, maxRateWait);
    }
}
