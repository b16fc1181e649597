package dev.meridian.charts.axis;

import dev.meridian.core.market.Timeframe;

/**
 * Maps between bar index (the chart's x coordinate, gaps collapsed) and bar time. Outside the loaded
 * bars, times are extrapolated with the timeframe's nominal length so drawings and labels can reach into
 * the future or the past.
 */
public final class BarTimeScale {

    private final long[] times;
    private final int size;
    private final long step;

    /** @param times bar open times, ascending; only the first {@code size} are read */
    public BarTimeScale(long[] times, int size, Timeframe timeframe) {
        if (size < 0 || size > times.length) {
            throw new IllegalArgumentException("Size " + size + " is outside the time array of length " + times.length);
        }
        this.times = times;
        this.size = size;
        this.step = timeframe.nominal().toMillis();
    }

    public int size() { return size; }

    /** The bar times this scale reads (valid up to {@link #size()}); callers must not write to them. */
    public long[] times() { return times; }

    /** Open time of the bar at a (rounded) index, extrapolated outside the data. */
    public long timeAt(double index) {
        long i = Math.round(index);
        if (size == 0) return i * step;
        if (i < 0) return times[0] + i * step;
        if (i >= size) return times[size - 1] + (i - size + 1) * step;
        return times[(int) i];
    }

    /**
     * Index of a time: exact for a bar's own time, fractional between bars, extrapolated outside the data.
     */
    public double indexOf(long time) {
        if (size == 0) return (double) time / step;
        if (time <= times[0]) return (double) (time - times[0]) / step;
        if (time >= times[size - 1]) return size - 1 + (double) (time - times[size - 1]) / step;
        int lo = 0, hi = size - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= time) lo = mid; else hi = mid;
        }
        if (times[lo] == time) return lo;
        return lo + (double) (time - times[lo]) / (times[hi] - times[lo]);
    }
}
