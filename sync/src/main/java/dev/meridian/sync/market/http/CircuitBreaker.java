package dev.meridian.sync.market.http;

import dev.meridian.sync.market.ProviderException;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Stops hammering a provider that keeps failing. CLOSED: calls pass; {@code failureThreshold}
 * consecutive failures open it. OPEN: calls fail fast with CIRCUIT_OPEN for {@code openFor}.
 * HALF_OPEN: one trial call passes; its success closes the circuit, its failure opens it again.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final String provider;
    private final String displayName;
    private final int failureThreshold;
    private final Duration openFor;
    private final InstantSource clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAtMillis;
    private boolean trialInFlight;

    public CircuitBreaker(String provider, String displayName, int failureThreshold, Duration openFor, InstantSource clock) {
        if (failureThreshold < 1) throw new IllegalArgumentException("failureThreshold must be at least 1");
        this.provider = provider;
        this.displayName = displayName;
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Lets a call through or throws CIRCUIT_OPEN; every permitted call must end in {@link #onSuccess}, {@link #onFailure} or {@link #onAbandoned}. */
    public synchronized void permit() {
        if (state == State.OPEN) {
            Duration left = Duration.ofMillis(openedAtMillis + openFor.toMillis() - clock.millis());
            if (left.isPositive()) {
                throw open(left);
            }
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            if (trialInFlight) throw open(Duration.ZERO);
            trialInFlight = true;
        }
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAtMillis = clock.millis();
            trialInFlight = false;
        }
    }

    /** A permitted call that ended without a verdict (the user cancelled): frees a half-open trial slot, counts nothing. */
    public synchronized void onAbandoned() {
        trialInFlight = false;
    }

    public synchronized State state() {
        return state;
    }

    private ProviderException open(Duration left) {
        return new ProviderException(provider, ProviderException.Kind.CIRCUIT_OPEN,
                displayName + " failed " + consecutiveFailures + " times in a row, so Meridian is leaving it alone"
                        + (left.isPositive() ? " for another " + Durations.human(left) : " while one trial request runs")
                        + "; other providers in the fallback order are used meanwhile.",
                left.isPositive() ? left : null, null);
    }
}
