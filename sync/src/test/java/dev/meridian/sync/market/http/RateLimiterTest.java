package dev.meridian.sync.market.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T10:00:00Z"));

    @Test
    void aFullBucketServesBurstThenWaitsForARefill() throws InterruptedException {
        RateLimiter limiter = new RateLimiter("av", "Alpha Vantage", RateLimit.perMinute(5), time, time, Duration.ofMinutes(2));
        for (int i = 0; i < 5; i++) limiter.acquire(1);
        assertThat(time.sleeps()).isEmpty();

        limiter.acquire(1);

        // 5 per minute refills one token every 12 s.
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void aSpentDailyBudgetFailsAtOnceWithTheTimeUntilATokenIsBack() throws InterruptedException {
        RateLimit limit = RateLimit.perMinute(5).and(25, Duration.ofDays(1));
        RateLimiter limiter = new RateLimiter("alphavantage", "Alpha Vantage", limit, time, time, Duration.ofSeconds(75));
        for (int i = 0; i < 25; i++) limiter.acquire(1);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> limiter.acquire(1));

        assertThat(e.kind()).isEqualTo(ProviderException.Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(53), Duration.ofMinutes(54)));
        assertThat(e.getMessage()).contains("Alpha Vantage allows 25 per day").contains("try again in");
        // Waited only for the per-minute band on the way, never for the day.
        assertThat(time.sleeps()).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(12)));
    }

    @Test
    void weightsTakeSeveralTokens() throws InterruptedException {
        RateLimiter limiter = new RateLimiter("binance", "Binance", RateLimit.perMinute(100), time, time, Duration.ofMinutes(2));
        limiter.acquire(60);
        limiter.acquire(40);
        assertThat(time.sleeps()).isEmpty();

        limiter.acquire(20);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
    }
}
