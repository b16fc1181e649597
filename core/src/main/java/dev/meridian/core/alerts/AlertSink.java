package dev.meridian.core.alerts;

/** Receives firings, outside the engine's lock, on the thread that delivered the tick or the bars. */
@FunctionalInterface
public interface AlertSink {
    void fired(AlertFiring firing);
}
