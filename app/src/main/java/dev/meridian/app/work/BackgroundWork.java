package dev.meridian.app.work;

import dev.meridian.core.work.CancelledException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The one way the app runs slow work: every database, file or network call from a screen goes
 * through here. Jobs run on a bounded pool of virtual threads, appear in {@link #running()} (the
 * status bar shows them with progress and Cancel) and deliver their result or failure on the FX
 * thread. Failures nobody handles go to the failure sink, which the status bar shows.
 */
public final class BackgroundWork implements AutoCloseable {

    private static final Logger LOG = System.getLogger(BackgroundWork.class.getName());

    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> readOnlyRunning = FXCollections.unmodifiableObservableList(running);
    private volatile Consumer<WorkFailure> failureSink = failure -> { };

    public BackgroundWork(int parallelism) {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        this.executor = Executors.newFixedThreadPool(parallelism, Thread.ofVirtual().name("meridian-work-", 0).factory());
    }

    /** Where unhandled failures go (the status bar); called on the FX thread. */
    public void setFailureSink(Consumer<WorkFailure> sink) {
        this.failureSink = Objects.requireNonNull(sink);
    }

    /** Jobs that have been submitted and not yet finished; read and observe on the FX thread. */
    public ObservableList<Task<?>> running() {
        return readOnlyRunning;
    }

    /** Runs {@code work}; {@code onSuccess} gets its result on the FX thread; failures go to the sink. */
    public <T> Task<T> submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
        return submit(title, work, onSuccess, null);
    }

    /**
     * Runs {@code work}; on the FX thread {@code onSuccess} gets its result, or {@code onFailure}
     * (when given, else the failure sink) gets the exception. Cancelled jobs call neither.
     * Must be called on the FX thread.
     */
    public <T> Task<T> submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        requireFxThread();
        ProgressTask<T> task = new ProgressTask<>(title, work);
        if (executor.isShutdown()) {
            // The app is exiting: late follow-up work (a reload after a load) is dropped quietly.
            task.cancel();
            return task;
        }
        running.add(task);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> running.remove(task));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            running.remove(task);
            Throwable cause = task.getException();
            if (cause instanceof CancelledException) return;
            LOG.log(Level.WARNING, "Background job failed: " + title, cause);
            if (onFailure != null) {
                onFailure.accept(cause);
            } else {
                failureSink.accept(new WorkFailure(title, cause));
            }
        });
        executor.execute(task);
        return task;
    }

    /** Asks every running job to stop (used before the vault is locked). */
    public void cancelAll() {
        requireFxThread();
        for (Task<?> task : List.copyOf(running)) task.cancel();
    }

    @Override
    public void close() {
        // No shutdownNow(): interrupting a job mid-read would close H2's file channel before the vault is closed.
        executor.shutdown();
    }

    private static void requireFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Background work is submitted from the FX thread");
        }
    }
}
