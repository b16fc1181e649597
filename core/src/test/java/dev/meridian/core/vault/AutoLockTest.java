package dev.meridian.core.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AutoLockTest {

    /** A clock and a scheduler that move only when the test says so. */
    private static final class FakeTime implements InstantSource, AutoLock.Scheduler {
        private record Pending(Instant due, Runnable task, boolean[] cancelled) {}

        private Instant now = Instant.parse("2026-11-25T12:00:00Z");
        private final List<Pending> pending = new ArrayList<>();

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public Runnable schedule(Runnable task, Duration delay) {
            Pending entry = new Pending(now.plus(delay), task, new boolean[1]);
            pending.add(entry);
            return () -> entry.cancelled()[0] = true;
        }

        void advance(Duration step) {
            Instant target = now.plus(step);
            while (true) {
                Pending next = pending.stream()
                        .filter(p -> !p.cancelled()[0] && !p.due().isAfter(target))
                        .min(Comparator.comparing(Pending::due))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                pending.remove(next);
                now = next.due();
                next.task().run();
            }
            now = target;
        }

        long live() {
            return pending.stream().filter(p -> !p.cancelled()[0]).count();
        }
    }

    private final FakeTime time = new FakeTime();
    private final AtomicInteger locks = new AtomicInteger();

    private AutoLock autoLock(Duration idle) {
        return new AutoLock(idle, locks::incrementAndGet, time, time);
    }

    @Test
    void locksOnceAfterTheIdleTime() {
        autoLock(Duration.ofMinutes(5));

        time.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(locks).hasValue(0);
        time.advance(Duration.ofSeconds(1));
        assertThat(locks).hasValue(1);
        time.advance(Duration.ofHours(2));
        assertThat(locks).hasValue(1);
    }

    @Test
    void activityPostponesTheLockWithoutSchedulingPerTouch() {
        AutoLock autoLock = autoLock(Duration.ofMinutes(5));

        for (int i = 0; i < 8; i++) {
            time.advance(Duration.ofMinutes(3));
            autoLock.touch();
            autoLock.touch();
            assertThat(time.live()).isEqualTo(1);
        }
        assertThat(locks).hasValue(0);
        time.advance(Duration.ofMinutes(5));
        assertThat(locks).hasValue(1);
    }

    @Test
    void touchAfterLockingArmsTheTimerAgain() {
        AutoLock autoLock = autoLock(Duration.ofMinutes(1));
        time.advance(Duration.ofMinutes(1));
        assertThat(locks).hasValue(1);

        autoLock.touch();
        time.advance(Duration.ofMinutes(1));
        assertThat(locks).hasValue(2);
    }

    @Test
    void shorterTimeoutCountsFromTheLastActivity() {
        AutoLock autoLock = autoLock(Duration.ofMinutes(15));
        time.advance(Duration.ofMinutes(3));

        autoLock.setIdleTimeout(Duration.ofMinutes(2));
        time.advance(Duration.ZERO);
        assertThat(locks).hasValue(1);
        assertThat(autoLock.idleTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void longerTimeoutDelaysThePendingLock() {
        AutoLock autoLock = autoLock(Duration.ofMinutes(1));
        autoLock.setIdleTimeout(Duration.ofMinutes(10));

        time.advance(Duration.ofMinutes(9));
        assertThat(locks).hasValue(0);
        time.advance(Duration.ofMinutes(1));
        assertThat(locks).hasValue(1);
    }

    @Test
    void stopCancelsForGood() {
        AutoLock autoLock = autoLock(Duration.ofMinutes(1));
        autoLock.stop();
        autoLock.touch();

        time.advance(Duration.ofHours(1));
        assertThat(locks).hasValue(0);
        assertThat(time.live()).isZero();
    }

    @Test
    void nonPositiveTimeoutIsRejected() {
        assertThatThrownBy(() -> autoLock(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        AutoLock autoLock = autoLock(Duration.ofMinutes(1));
        assertThatThrownBy(() -> autoLock.setIdleTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realSchedulerFiresOnItsOwnThread() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        AutoLock autoLock = new AutoLock(Duration.ofMillis(20), locked::countDown);
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            autoLock.stop();
        }
    }
}
