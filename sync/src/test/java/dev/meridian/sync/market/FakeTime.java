package dev.meridian.sync.market;

import dev.meridian.sync.market.http.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when a test advances it or the code under test "sleeps"; records every sleep. */
public final class FakeTime implements InstantSource, Sleeper {

    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public FakeTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
