package dev.meridian.sync.market.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void fullJitterStaysWithinTheExponentialCeiling() {
        Random random = new Random(7);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long ceiling = Math.min(1000, 100L << (attempt - 1));
            long max = 0;
            for (int i = 0; i < 2000; i++) {
                Duration d = policy.backoff(attempt, random);
                assertThat(d.toMillis()).isBetween(0L, ceiling);
                max = Math.max(max, d.toMillis());
            }
            // Full jitter spreads over the whole window, not just near its top or bottom.
            assertThat(max).isGreaterThan(ceiling * 9 / 10);
        }
    }

    @Test
    void hugeAttemptNumbersDoNotOverflowPastTheCap() {
        assertThat(policy.backoff(500, new Random(1)).toMillis()).isBetween(0L, 1000L);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }
}
