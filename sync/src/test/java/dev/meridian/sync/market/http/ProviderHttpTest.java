package dev.meridian.sync.market.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.TestKit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class ProviderHttpTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2026-01-05T10:00:00Z"));

    private ProviderHttp http(Optional<String> secret) {
        return new ProviderHttp("test", "Test Vendor", TestKit.client(), RateLimit.unlimited(), TestKit.resilience(time),
                Redactor.of(secret));
    }

    private String get(ProviderHttp http) {
        return http.get(server.url("/data?apikey=SECRETKEY123"), reply -> reply.requireSuccess().body());
    }

    @Test
    void a429WithRetryAfterSecondsIsWaitedOutThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        server.enqueue(TestKit.body(200, "fine"));

        assertThat(get(http(Optional.empty()))).isEqualTo("fine");

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.sleeps()).hasSize(1);
        assertThat(time.sleeps().getFirst()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void a429WithAnHttpDateIsHonouredToo() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(time.instant().plusSeconds(20).atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", at).build());
        server.enqueue(TestKit.body(200, "fine"));

        assertThat(get(http(Optional.empty()))).isEqualTo("fine");

        assertThat(time.sleeps().getFirst()).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAtOnceWithTheWait() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> get(http(Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.getMessage()).contains("Test Vendor is throttling").contains("wait 1 h.");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a500ThenSuccessRetriesOnce() {
        server.enqueue(TestKit.body(500, "oops"));
        server.enqueue(TestKit.body(200, "fine"));

        assertThat(get(http(Optional.empty()))).isEqualTo("fine");

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(time.sleeps()).hasSize(1);
    }

    @Test
    void persistent5xxGivesUpAfterTheBoundedAttemptsAsUnavailableWithoutTheKey() {
        for (int i = 0; i < 3; i++) server.enqueue(TestKit.body(503, "down"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> get(http(Optional.of("SECRETKEY123"))));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).contains("HTTP 503").contains("apikey=***").doesNotContain("SECRETKEY123");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void aDroppedConnectionIsRetried() {
        server.enqueue(new MockResponse.Builder().body("cut").onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(TestKit.body(200, "fine"));

        assertThat(get(http(Optional.empty()))).isEqualTo("fine");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aSlowBodyTimesOutAsUnavailable() {
        var shortTimeouts = HttpClients.withTimeouts(TestKit.client(),
                new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(150), Duration.ofSeconds(5)));
        ProviderHttp http = new ProviderHttp("test", "Test Vendor", shortTimeouts, RateLimit.unlimited(),
                TestKit.resilience(time).withRetry(new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30))),
                Redactor.none());
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().body("{\"slow\":true}").bodyDelay(3, TimeUnit.SECONDS).build());
        }

        ProviderException e = catchThrowableOfType(ProviderException.class,
                () -> http.get(server.url("/slow"), reply -> reply.body()));

        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(e.getMessage()).contains("did not answer in time");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void clientErrorsAreNotRetriedAndReachTheReader() {
        server.enqueue(TestKit.body(404, "{\"error\":\"nope\"}"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> get(http(Optional.empty())));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndRecoversThroughHalfOpen() {
        ProviderHttp http = new ProviderHttp("test", "Test Vendor", TestKit.client(), RateLimit.unlimited(),
                TestKit.resilience(time).withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30))),
                Redactor.none());
        HttpUrl url = server.url("/flaky");
        for (int i = 0; i < 3; i++) server.enqueue(TestKit.body(502, "bad gateway"));
        for (int i = 0; i < 3; i++) {
            assertThat(catchThrowableOfType(ProviderException.class, () -> http.get(url, r -> r.body())).kind())
                    .isEqualTo(Kind.UNAVAILABLE);
        }

        ProviderException open = catchThrowableOfType(ProviderException.class, () -> http.get(url, r -> r.body()));

        assertThat(open.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(server.getRequestCount()).isEqualTo(3);

        time.advance(Duration.ofMinutes(1));
        server.enqueue(TestKit.body(200, "back"));
        String back = http.get(url, r -> r.body());
        assertThat(back).isEqualTo("back");
        assertThat(http.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void unknownSymbolsDoNotOpenTheCircuit() {
        ProviderHttp http = new ProviderHttp("test", "Test Vendor", TestKit.client(), RateLimit.unlimited(),
                TestKit.resilience(time), Redactor.none());
        for (int i = 0; i < 5; i++) server.enqueue(TestKit.body(404, "unknown"));
        for (int i = 0; i < 5; i++) {
            catchThrowableOfType(ProviderException.class, () -> http.get(server.url("/x"), r -> r.requireSuccess().body()));
        }

        assertThat(http.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void theRateLimitIsAppliedBeforeEachRequest() {
        ProviderHttp http = new ProviderHttp("test", "Test Vendor", TestKit.client(), RateLimit.perMinute(2),
                TestKit.resilience(time), Redactor.none());
        for (int i = 0; i < 3; i++) server.enqueue(TestKit.body(200, "ok"));

        for (int i = 0; i < 3; i++) http.get(server.url("/x"), r -> r.body());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void anInterruptedCallerIsCancelledWithoutARequestAndWithoutBlamingTheProvider() {
        ProviderHttp http = http(Optional.empty());
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> get(http)).isInstanceOf(CancelledException.class);
        } finally {
            Thread.interrupted();
        }

        assertThat(server.getRequestCount()).isZero();
        assertThat(http.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
