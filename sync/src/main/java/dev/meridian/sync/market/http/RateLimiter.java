package dev.meridian.sync.market.http;

import dev.meridian.sync.market.ProviderException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Token-bucket limiter for one provider. A caller waits (through the {@link Sleeper}) when a band is
 * briefly empty; when the wait would be longer than {@code maxWait} (say the daily budget is spent) it
 * fails at once with {@link ProviderException.Kind#RATE_LIMITED} and the time until a token is back.
 */
public final class RateLimiter {

    private final String provider;
    private final String displayName;
    private final List<TokenBucket> buckets = new ArrayList<>();
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final Duration maxWait;

    public RateLimiter(String provider, String displayName, RateLimit limit, InstantSource clock, Sleeper sleeper, Duration maxWait) {
        this.provider = provider;
        this.displayName = displayName;
        this.clock = clock;
        this.sleeper = sleeper;
        this.maxWait = maxWait;
        for (RateLimit.Band band : limit.bands()) {
            buckets.add(new TokenBucket(band.capacity(), band.period(), clock.millis()));
        }
    }

    /** Takes {@code cost} tokens from every band, waiting while that is short; throws RATE_LIMITED when it is not. */
    public synchronized void acquire(int cost) throws InterruptedException {
        while (true) {
            long now = clock.millis();
            Duration longest = Duration.ZERO;
            TokenBucket limiting = null;
            for (TokenBucket bucket : buckets) {
                Duration wait = bucket.waitFor(cost, now);
                if (wait.compareTo(longest) > 0) {
                    longest = wait;
                    limiting = bucket;
                }
            }
            if (limiting == null) {
                for (TokenBucket bucket : buckets) bucket.take(cost, now);
                return;
            }
            if (longest.compareTo(maxWait) > 0) {
                throw new ProviderException(provider, ProviderException.Kind.RATE_LIMITED,
                        displayName + " allows " + limiting.label() + " and that budget is used up; try again in "
                                + Durations.human(longest) + " or move another provider up in the fallback order.",
                        longest, null);
            }
            sleeper.sleep(longest);
        }
    }
}
