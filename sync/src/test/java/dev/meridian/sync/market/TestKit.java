package dev.meridian.sync.market;

import dev.meridian.sync.market.http.HttpClients;
import dev.meridian.sync.market.http.HttpTimeouts;
import dev.meridian.sync.market.http.Resilience;
import dev.meridian.sync.market.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;

/** Shared test setup: recorded vendor payloads, a fake-clock resilience, a client with short timeouts. */
public final class TestKit {

    public static final RetryPolicy RETRY = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));

    private TestKit() {
    }

    /** Retries, rate waits and circuit timeouts run on {@code time}; breaker opens after 3 failed calls for 1 minute. */
    public static Resilience resilience(FakeTime time) {
        return new Resilience(time, time, new Random(42), RETRY, 3, Duration.ofMinutes(1), Duration.ofSeconds(75));
    }

    public static OkHttpClient client() {
        return HttpClients.create(new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    public static String fixture(String path) {
        try (InputStream in = TestKit.class.getResourceAsStream("/market/" + path)) {
            if (in == null) throw new IllegalArgumentException("No test fixture /market/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse json(int code, String fixture) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(fixture(fixture)).build();
    }

    public static MockResponse ok(String fixture) {
        return json(200, fixture);
    }

    public static MockResponse body(int code, String body) {
        return new MockResponse.Builder().code(code).body(body).build();
    }
}
