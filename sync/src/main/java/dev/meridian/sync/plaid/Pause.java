package dev.meridian.sync.plaid;

import java.time.Duration;

/** Waits between retries and polls; tests pass one that returns at once and records the waits. */
@FunctionalInterface
public interface Pause {

    Pause REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
