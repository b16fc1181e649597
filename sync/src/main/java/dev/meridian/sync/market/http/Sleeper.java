package dev.meridian.sync.market.http;

import java.time.Duration;

/** How the HTTP layer waits between attempts; tests pass one that advances a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}
