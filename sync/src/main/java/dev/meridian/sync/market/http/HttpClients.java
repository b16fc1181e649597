package dev.meridian.sync.market.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/** Builds the one OkHttpClient that every provider shares (connection pool, dispatcher), with bounded timeouts. */
public final class HttpClients {

    private HttpClients() {
    }

    public static OkHttpClient create(HttpTimeouts timeouts) {
        return new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                // Retries are ours (bounded, with backoff); OkHttp's silent connection retry would double them.
                .retryOnConnectionFailure(false)
                // Lets a WebSocket notice a dead peer: a missing pong fails the socket and triggers a reconnect.
                .pingInterval(Duration.ofSeconds(30))
                .build();
    }

    /** The same pool and dispatcher with other timeouts (e.g. a test's short read timeout). */
    public static OkHttpClient withTimeouts(OkHttpClient shared, HttpTimeouts timeouts) {
        return shared.newBuilder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .callTimeout(timeouts.call())
                .build();
    }
}
