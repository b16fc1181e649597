package dev.meridian.app.work;

import dev.meridian.core.work.Progress;
import javafx.concurrent.Task;

/**
 * A JavaFX {@link Task} that runs a {@link Work} and hands it core's {@link Progress}: updates become
 * the task's progress and message, and the task's cancel flag becomes {@code isCancelled()}.
 */
public final class ProgressTask<T> extends Task<T> {

    private final Work<T> work;
    private final Progress progress = new Progress() {
        @Override
        public void update(long done, long total, String message) {
            if (total > 0) {
                updateProgress(done, total);
            } else {
                updateProgress(-1, 1);
            }
            if (message != null) updateMessage(message);
        }

        @Override
        public boolean isCancelled() {
            return ProgressTask.this.isCancelled();
        }
    };

    ProgressTask(String title, Work<T> work) {
        this.work = work;
        updateTitle(title);
    }

    @Override
    protected T call() throws Exception {
        return work.run(progress);
    }

    /**
     * Cancelling is cooperative and never interrupts the worker thread: an interrupt during a read or write
     * closes H2's file channel (ClosedByInterruptException) and leaves the vault unusable for the session.
     * Work sees the request through {@link Progress#isCancelled()} and stops at its next safe point.
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return super.cancel(false);
    }

    /** The adapter handed to the work; exposed for tests of the mapping. */
    Progress progress() {
        return progress;
    }
}
