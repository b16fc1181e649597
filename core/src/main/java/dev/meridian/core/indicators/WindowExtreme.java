package dev.meridian.core.indicators;

/**
 * Highest (or lowest) of the last {@code period} inputs via a monotonic deque over the committed inputs,
 * O(1) amortized per input (live/commit contract, see {@link Smoothing}): the live value is the deque's
 * front combined with the live input, so revising the live bar never touches the deque.
 */
final class WindowExtreme {

    private final int period;
    private final boolean highest;
    private final long[] index;
    private final double[] value;
    private int head;
    private int size;
    private long count;

    private boolean pendingValid;
    private double pendingX;

    private WindowExtreme(int period, boolean highest) {
        Inputs.require(period, "period");
        this.period = period;
        this.highest = highest;
        this.index = new long[period];
        this.value = new double[period];
    }

    static WindowExtreme highest(int period) {
        return new WindowExtreme(period, true);
    }

    static WindowExtreme lowest(int period) {
        return new WindowExtreme(period, false);
    }

    double live(double x) {
        if (count == 0 && Double.isNaN(x)) {
            pendingValid = false;
            return Double.NaN;
        }
        pendingValid = true;
        pendingX = x;
        if (count + 1 < period || size == 0) return count + 1 < period ? Double.NaN : x;
        double front = value[head];
        return highest ? Math.max(front, x) : Math.min(front, x);
    }

    void commit() {
        if (!pendingValid) return;
        double x = pendingX;
        int cap = index.length;
        while (size > 0) {
            double back = value[wrap(head + size - 1)];
            if (highest ? back <= x : back >= x) size--;
            else break;
        }
        int slot = wrap(head + size);
        index[slot] = count;
        value[slot] = x;
        size++;
        long oldestKept = count - (period - 2);
        while (size > 0 && index[head] < oldestKept) {
            head = wrap(head + 1);
            size--;
        }
        count++;
    }

    private int wrap(int i) {
        return i >= index.length ? i - index.length : i;
    }
}
