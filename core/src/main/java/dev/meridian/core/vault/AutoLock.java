package dev.meridian.core.vault;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code onLock} once the user has been idle for the configured time. {@link #touch()} only
 * records the time of activity (cheap enough for every mouse move); a single pending check fires
 * at the earliest possible lock time and re-arms itself if there was activity meanwhile. After
 * locking it stays quiet until the next {@link #touch()}.
 */
public final class AutoLock {

    /** Runs a task once after a delay and returns a handle that cancels it. */
    @FunctionalInterface
    public interface Scheduler {
        Runnable schedule(Runnable task, Duration delay);
    }

    private final Runnable onLock;
    private final InstantSource clock;
    private final Scheduler scheduler;
    private final ScheduledExecutorService ownedExecutor;
    private Duration idleTimeout;
    private Instant lastActivity;
    private Runnable pendingCancel;
    private boolean stopped;

    /** Uses the system clock and a daemon thread of its own, shut down by {@link #stop()}. */
    public AutoLock(Duration idleTimeout, Runnable onLock) {
        this(idleTimeout, onLock, InstantSource.system(), null, Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "meridian-auto-lock");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** For tests and embedding: time and scheduling are supplied by the caller. */
    public AutoLock(Duration idleTimeout, Runnable onLock, InstantSource clock, Scheduler scheduler) {
        this(idleTimeout, onLock, clock, scheduler, null);
    }

    private AutoLock(Duration idleTimeout, Runnable onLock, InstantSource clock, Scheduler scheduler,
            ScheduledExecutorService ownedExecutor) {
        this.idleTimeout = requirePositive(idleTimeout);
        this.onLock = Objects.requireNonNull(onLock, "onLock");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownedExecutor = ownedExecutor;
        this.scheduler = scheduler != null ? scheduler : executorScheduler(ownedExecutor);
        synchronized (this) {
            this.lastActivity = clock.instant();
            arm(this.idleTimeout);
        }
    }

    /** Records user activity; re-arms the timer if the vault was locked by it before. */
    public synchronized void touch() {
        if (stopped) {
            return;
        }
        lastActivity = clock.instant();
        if (pendingCancel == null) {
            arm(idleTimeout);
        }
    }

    /** Changes the idle time; counted from the last activity, so a shorter time may lock at once. */
    public synchronized void setIdleTimeout(Duration timeout) {
        idleTimeout = requirePositive(timeout);
        if (stopped || pendingCancel == null) {
            return;
        }
        pendingCancel.run();
        Duration remaining = Duration.between(clock.instant(), lastActivity.plus(idleTimeout));
        arm(remaining.isNegative() ? Duration.ZERO : remaining);
    }

    public synchronized Duration idleTimeout() {
        return idleTimeout;
    }

    /** Cancels the timer for good (e.g. the vault was locked by hand or the app exits). */
    public synchronized void stop() {
        stopped = true;
        if (pendingCancel != null) {
            pendingCancel.run();
            pendingCancel = null;
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    private void fire() {
        boolean lockNow;
        synchronized (this) {
            pendingCancel = null;
            lockNow = !stopped && check();
        }
        if (lockNow) {
            onLock.run();
        }
    }

    /** Re-arms for the remaining idle time; returns true when the idle time is already over. */
    private boolean check() {
        Duration remaining = Duration.between(clock.instant(), lastActivity.plus(idleTimeout));
        if (remaining.isPositive()) {
            arm(remaining);
            return false;
        }
        return true;
    }

    private void arm(Duration delay) {
        pendingCancel = scheduler.schedule(this::fire, delay);
    }

    private static Scheduler executorScheduler(ScheduledExecutorService executor) {
        return (task, delay) -> {
            ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }

    private static Duration requirePositive(Duration timeout) {
        if (timeout == null || !timeout.isPositive()) {
            throw new IllegalArgumentException("The auto-lock idle time must be positive, was " + timeout);
        }
        return timeout;
    }
}
