package dev.meridian.core.barcache;

import java.time.Instant;

/** Half-open [{@code fromMillis}, {@code toMillis}) in epoch milliseconds. */
public record TimeRange(long fromMillis, long toMillis) {
    public TimeRange {
        if (toMillis <= fromMillis) {
            throw new IllegalArgumentException("Time range must end after it starts: " + Instant.ofEpochMilli(fromMillis) + " .. "
                    + Instant.ofEpochMilli(toMillis));
        }
    }

    public Instant from() {
        return Instant.ofEpochMilli(fromMillis);
    }

    public Instant to() {
        return Instant.ofEpochMilli(toMillis);
    }
}
