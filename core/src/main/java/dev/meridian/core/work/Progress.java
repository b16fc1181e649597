package dev.meridian.core.work;

/**
 * How long-running core work (imports, generation, recomputation) reports progress and learns that
 * it was cancelled. The app adapts this to its background-task mechanism; core knows nothing of it.
 */
public interface Progress {

    /** {@code done} of {@code total} units; {@code message} is shown to the user. */
    void update(long done, long total, String message);

    /** True once the user asked to cancel; work should stop at the next safe point. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if cancelled; call at safe points. */
    default void checkCancelled() {
        if (isCancelled()) throw new CancelledException();
    }

    Progress NONE = new Progress() {
        @Override public void update(long done, long total, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
