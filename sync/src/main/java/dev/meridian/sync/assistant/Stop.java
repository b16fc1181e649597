package dev.meridian.sync.assistant;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** The chat screen's Stop button: once requested, the running question ends as soon as possible. */
public final class Stop {

    private final AtomicBoolean requested = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    public void request() {
        if (requested.compareAndSet(false, true)) actions.forEach(Runnable::run);
    }

    public boolean isRequested() {
        return requested.get();
    }

    /** Runs {@code action} on request (at once if already requested). */
    public void onStop(Runnable action) {
        actions.add(action);
        if (requested.get()) action.run();
    }

    public void removeOnStop(Runnable action) {
        actions.remove(action);
    }
}
