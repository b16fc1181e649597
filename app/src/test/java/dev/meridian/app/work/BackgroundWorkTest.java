package dev.meridian.app.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.work.CancelledException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundWorkTest {

    private BackgroundWork work;
    private final List<WorkFailure> failures = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void create() {
        work = new BackgroundWork(2);
        work.setFailureSink(failures::add);
    }

    @AfterEach
    void close() {
        work.close();
    }

    @Test
    void progressUpdatesBecomeTaskProgressAndResultArrivesOnFxThread() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CopyOnWriteArrayList<String> results = new CopyOnWriteArrayList<>();
        AtomicBoolean onFxThread = new AtomicBoolean();

        Task<?> task = fx(() -> work.submit("Importing", p -> {
            p.update(3, 10, "row 3 of 10");
            reported.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "done";
        }, r -> {
            onFxThread.set(Platform.isFxApplicationThread());
            results.add(r);
        }));

        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> task.getProgress() == 0.3 && "row 3 of 10".equals(task.getMessage())));
        assertThat(fx(() -> List.copyOf(work.running()))).containsExactly(task);

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> results.contains("done"));
        assertThat(onFxThread).isTrue();
        assertThat(fx(() -> work.running().isEmpty())).isTrue();
        assertThat(fx(task::getTitle)).isEqualTo("Importing");
    }

    @Test
    void cancelReachesTheWorkAndSkipsBothCallbacks() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch sawCancel = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();

        Task<?> task = fx(() -> work.submit("Long job", p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            sawCancel.countDown();
            p.checkCancelled();
            return "never";
        }, r -> succeeded.set(true)));

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        fx(task::cancel);

        assertThat(sawCancel.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fx(() -> work.running().isEmpty())).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(succeeded).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void unhandledFailureGoesToTheSinkWithTheJobAndReason() throws Exception {
        fx(() -> work.submit("Loading accounts", p -> {
            throw new IllegalStateException("disk full");
        }, r -> { }));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !failures.isEmpty());
        assertThat(failures.getFirst().message()).isEqualTo("Loading accounts failed: disk full");
        assertThat(fx(() -> work.running().isEmpty())).isTrue();
    }

    @Test
    void explicitFailureHandlerReplacesTheSink() throws Exception {
        CopyOnWriteArrayList<Throwable> handled = new CopyOnWriteArrayList<>();
        fx(() -> work.submit("Unlock", p -> {
            throw new IllegalArgumentException("wrong password");
        }, r -> { }, handled::add));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !handled.isEmpty());
        assertThat(handled.getFirst()).hasMessage("wrong password");
        assertThat(failures).isEmpty();
    }

    @Test
    void workThatStopsWithCancelledExceptionIsNotAFailure() throws Exception {
        Task<?> task = fx(() -> work.submit("Generator", p -> {
            throw new CancelledException();
        }, r -> { }));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(task::isDone));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failures).isEmpty();
        assertThat(fx(() -> work.running().isEmpty())).isTrue();
    }

    @Test
    void cancelAllStopsEveryRunningJob() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        Work<String> spin = p -> {
            started.countDown();
            while (!p.isCancelled()) Thread.onSpinWait();
            return "x";
        };
        Task<?> a = fx(() -> work.submit("A", spin, r -> { }));
        Task<?> b = fx(() -> work.submit("B", spin, r -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        fx(() -> {
            work.cancelAll();
            return null;
        });

        assertThat(fx(a::isCancelled)).isTrue();
        assertThat(fx(b::isCancelled)).isTrue();
        assertThat(fx(() -> work.running().isEmpty())).isTrue();
    }

    @Test
    void cancelNeverInterruptsTheWorkerThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        Task<?> task = fx(() -> work.submit("Reading the vault", p -> {
            started.countDown();
            while (!p.isCancelled()) Thread.onSpinWait();
            interrupted.set(Thread.currentThread().isInterrupted());
            finished.countDown();
            return "x";
        }, r -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        fx(() -> task.cancel(true));

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).as("an interrupt would close H2's file channel").isFalse();
    }

    @Test
    void submittingOffTheFxThreadIsRefused() {
        assertThatThrownBy(() -> work.submit("x", p -> 1, r -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FX thread");
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
