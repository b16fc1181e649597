package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSink;
import java.util.Arrays;
import java.util.List;

/**
 * The streaming form of an indicator: bars are appended one at a time, and the last (live) bar can be
 * revised any number of times. Each call is O(1) amortized and produces exactly the numbers the batch
 * kernel gives for the same bars, because both drive the same live/commit stages.
 *
 * <p>Outputs are growable primitive columns; {@link #column(int)} exposes the backing array (valid up to
 * {@link #size()}) so charts read values without copying or boxing. Not thread-safe.
 */
public abstract class StreamingIndicator implements BarSink {

    private final String name;
    private final List<String> outputNames;
    private double[][] columns;
    private int size;
    private long lastTime;

    protected StreamingIndicator(String name, String... outputNames) {
        this.name = name;
        this.outputNames = List.of(outputNames);
        this.columns = new double[outputNames.length][64];
    }

    /** Computes every output for the live bar from committed state; must not change committed state. */
    protected abstract void computeLive(long time, double open, double high, double low, double close, double volume);

    /** Folds the live bar into committed state; called once, just before the next bar is appended. */
    protected abstract void commitLive();

    @Override
    public final void append(long time, double open, double high, double low, double close, double volume) {
        if (size > 0 && time <= lastTime) {
            throw new IllegalArgumentException(name + ": bar time " + time + " is not after the last bar " + lastTime);
        }
        if (size > 0) commitLive();
        if (size == columns[0].length) grow();
        size++;
        lastTime = time;
        computeLive(time, open, high, low, close, volume);
    }

    @Override
    public final void reviseLast(double open, double high, double low, double close, double volume) {
        if (size == 0) throw new IllegalStateException(name + ": no bar to revise");
        computeLive(lastTime, open, high, low, close, volume);
    }

    /** Writes output {@code output} of the live bar. */
    protected final void set(int output, double value) {
        columns[output][size - 1] = value;
    }

    private void grow() {
        int cap = columns[0].length * 2;
        for (int k = 0; k < columns.length; k++) columns[k] = Arrays.copyOf(columns[k], cap);
    }

    public final String name() {
        return name;
    }

    public final int size() {
        return size;
    }

    public final List<String> outputNames() {
        return outputNames;
    }

    public final int outputCount() {
        return outputNames.size();
    }

    public final double value(int output, int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(name + ": bar " + index + " outside 0.." + (size - 1));
        }
        return columns[output][index];
    }

    /** Output {@code output} of the live bar. */
    public final double last(int output) {
        return value(output, size - 1);
    }

    /** Backing array of one output, valid up to {@link #size()}; callers must not write to it. */
    public final double[] column(int output) {
        return columns[output];
    }

    /** A copy of one output, exactly {@link #size()} long. */
    public final double[] toArray(int output) {
        return Arrays.copyOf(columns[output], size);
    }
}
