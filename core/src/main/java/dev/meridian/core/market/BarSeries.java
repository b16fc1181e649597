package dev.meridian.core.market;

import java.util.Arrays;

/**
 * OHLCV bars in columnar primitive arrays, ordered by time (epoch milliseconds of the bar's open).
 * 48 bytes per bar; charts and indicators read the arrays directly and never box.
 *
 * <p>Not thread-safe: writers hand a series over (or copy it) before another thread reads it.
 */
public final class BarSeries implements BarSink {

    private long[] time;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    public BarSeries(int initialCapacity) {
        int cap = Math.max(initialCapacity, 16);
        time = new long[cap];
        open = new double[cap];
        high = new double[cap];
        low = new double[cap];
        close = new double[cap];
        volume = new double[cap];
    }

    /** Wraps existing arrays of equal length without copying. */
    public static BarSeries wrap(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("All bar columns must have the same length");
        }
        BarSeries s = new BarSeries(0);
        s.time = time;
        s.open = open;
        s.high = high;
        s.low = low;
        s.close = close;
        s.volume = volume;
        s.size = n;
        return s;
    }

    /** Appends a bar; its time must be after the last bar's time. */
    @Override
    public void append(long t, double o, double h, double l, double c, double v) {
        if (size > 0 && t <= time[size - 1]) {
            throw new IllegalArgumentException("Bar time " + t + " is not after the last bar " + time[size - 1]);
        }
        if (size == time.length) grow();
        time[size] = t;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }

    /** Replaces the last bar's values (a live bar being revised). */
    @Override
    public void reviseLast(double o, double h, double l, double c, double v) {
        if (size == 0) throw new IllegalStateException("No bar to revise");
        int i = size - 1;
        open[i] = o;
        high[i] = h;
        low[i] = l;
        close[i] = c;
        volume[i] = v;
    }

    private void grow() {
        int cap = time.length + (time.length >> 1) + 16;
        time = Arrays.copyOf(time, cap);
        open = Arrays.copyOf(open, cap);
        high = Arrays.copyOf(high, cap);
        low = Arrays.copyOf(low, cap);
        close = Arrays.copyOf(close, cap);
        volume = Arrays.copyOf(volume, cap);
    }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }

    public long time(int i) { return time[i]; }
    public double open(int i) { return open[i]; }
    public double high(int i) { return high[i]; }
    public double low(int i) { return low[i]; }
    public double close(int i) { return close[i]; }
    public double volume(int i) { return volume[i]; }

    /** The backing arrays; valid up to {@link #size()}. Callers must not write to them. */
    public long[] times() { return time; }
    public double[] opens() { return open; }
    public double[] highs() { return high; }
    public double[] lows() { return low; }
    public double[] closes() { return close; }
    public double[] volumes() { return volume; }

    /** Index of the first bar with time &ge; {@code t}, or {@code size()} if none. */
    public int indexAtOrAfter(long t) {
        int i = Arrays.binarySearch(time, 0, size, t);
        return i >= 0 ? i : -i - 1;
    }

    public BarSeries copy() {
        return wrap(Arrays.copyOf(time, size), Arrays.copyOf(open, size), Arrays.copyOf(high, size),
                Arrays.copyOf(low, size), Arrays.copyOf(close, size), Arrays.copyOf(volume, size));
    }
}
