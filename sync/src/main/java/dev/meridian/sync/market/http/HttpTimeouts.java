package dev.meridian.sync.market.http;

import java.time.Duration;
import java.util.Objects;

/** Connect, read (between bytes) and whole-call limits for every provider request. */
public record HttpTimeouts(Duration connect, Duration read, Duration call) {

    public static final HttpTimeouts STANDARD =
            new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60));

    public HttpTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(call, "call");
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()
                || call.isNegative() || call.isZero()) {
            throw new IllegalArgumentException("HTTP timeouts must be positive: " + connect + ", " + read + ", " + call);
        }
    }
}
