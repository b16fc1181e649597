package dev.meridian.sync.market.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void readsHttpDateRelativeToNow() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:29:30 GMT", NOW)).contains(Duration.ofSeconds(90));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void ignoresMissingOrMalformedValues() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
    }
}
