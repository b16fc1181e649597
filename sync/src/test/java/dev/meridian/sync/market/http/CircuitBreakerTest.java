package dev.meridian.sync.market.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T10:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker("yahoo", "Yahoo Finance", 3, Duration.ofMinutes(1), time);

    @Test
    void opensAfterConsecutiveFailuresAndFailsFast() {
        fail(3);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        ProviderException e = catchThrowableOfType(ProviderException.class, breaker::permit);
        assertThat(e.kind()).isEqualTo(ProviderException.Kind.CIRCUIT_OPEN);
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(1));
        assertThat(e.getMessage()).contains("Yahoo Finance failed 3 times in a row");
    }

    @Test
    void aSuccessInBetweenResetsTheCount() {
        fail(2);
        breaker.permit();
        breaker.onSuccess();
        fail(2);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void halfOpenLetsOneTrialThroughAndItsSuccessCloses() {
        fail(3);
        time.advance(Duration.ofMinutes(1));

        breaker.permit();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(catchThrowableOfType(ProviderException.class, breaker::permit).kind())
                .isEqualTo(ProviderException.Kind.CIRCUIT_OPEN);
        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.permit();
    }

    @Test
    void aFailedTrialOpensAgainForAnotherPeriod() {
        fail(3);
        time.advance(Duration.ofMinutes(1));
        breaker.permit();
        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        time.advance(Duration.ofSeconds(59));
        assertThat(catchThrowableOfType(ProviderException.class, breaker::permit)).isNotNull();
        time.advance(Duration.ofSeconds(1));
        breaker.permit();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.permit();
            breaker.onFailure();
        }
    }
}
