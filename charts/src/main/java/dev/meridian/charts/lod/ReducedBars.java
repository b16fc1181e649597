package dev.meridian.charts.lod;

import java.util.Arrays;

/**
 * OHLCV bars after reduction to the pixel grid: one entry per pixel column (or per bar when zoomed in).
 * {@code x} is the bar-index position the entry is drawn at. Buffers are reused between reductions;
 * entries are valid up to {@link #size()}.
 */
public final class ReducedBars {

    double[] x = new double[0];
    double[] open = new double[0];
    double[] high = new double[0];
    double[] low = new double[0];
    double[] close = new double[0];
    double[] volume = new double[0];
    int size;
    boolean aggregated;

    void ensureCapacity(int n) {
        if (x.length >= n) return;
        x = Arrays.copyOf(x, n);
        open = Arrays.copyOf(open, n);
        high = Arrays.copyOf(high, n);
        low = Arrays.copyOf(low, n);
        close = Arrays.copyOf(close, n);
        volume = Arrays.copyOf(volume, n);
    }

    public int size() { return size; }

    /** True when several bars were merged into one pixel column. */
    public boolean aggregated() { return aggregated; }

    public double x(int i) { return x[i]; }
    public double open(int i) { return open[i]; }
    public double high(int i) { return high[i]; }
    public double low(int i) { return low[i]; }
    public double close(int i) { return close[i]; }
    public double volume(int i) { return volume[i]; }

    /** Lowest low of the reduced entries (NaN when empty). */
    public double minLow() {
        double m = Double.NaN;
        for (int i = 0; i < size; i++) if (!Double.isNaN(low[i]) && (Double.isNaN(m) || low[i] < m)) m = low[i];
        return m;
    }

    /** Highest high of the reduced entries (NaN when empty). */
    public double maxHigh() {
        double m = Double.NaN;
        for (int i = 0; i < size; i++) if (!Double.isNaN(high[i]) && (Double.isNaN(m) || high[i] > m)) m = high[i];
        return m;
    }

    public double maxVolume() {
        double m = 0;
        for (int i = 0; i < size; i++) m = Math.max(m, volume[i]);
        return m;
    }
}
