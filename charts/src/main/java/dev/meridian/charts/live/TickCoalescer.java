package dev.meridian.charts.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects live bar updates from any thread and hands them over in one batch per pulse: the first update
 * after a flush schedules one flush on the UI thread; later updates only join the pending batch.
 */
public final class TickCoalescer {

    /** A new bar ({@code append}) or a revision of the last bar. */
    public record BarUpdate(boolean append, long time, double open, double high, double low, double close, double volume) {
    }

    private final Consumer<Runnable> uiThread;
    private final Consumer<List<BarUpdate>> sink;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private List<BarUpdate> pending = new ArrayList<>();
    private long flushes;

    /**
     * @param uiThread runs a task on the UI thread later ({@code Platform::runLater} in the app)
     * @param sink     receives each batch on the UI thread, in arrival order
     */
    public TickCoalescer(Consumer<Runnable> uiThread, Consumer<List<BarUpdate>> sink) {
        this.uiThread = uiThread;
        this.sink = sink;
    }

    public void submit(BarUpdate update) {
        synchronized (this) {
            pending.add(update);
        }
        if (scheduled.compareAndSet(false, true)) uiThread.accept(this::flush);
    }

    /** Number of batches delivered so far. */
    public synchronized long flushes() {
        return flushes;
    }

    private void flush() {
        List<BarUpdate> batch;
        synchronized (this) {
            scheduled.set(false);
            batch = pending;
            pending = new ArrayList<>();
            if (batch.isEmpty()) return;
            flushes++;
        }
        sink.accept(batch);
    }
}
