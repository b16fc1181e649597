package dev.meridian.core.indicators;

/**
 * Mean and population variance of the last {@code period} inputs in O(1) per input (live/commit contract,
 * see {@link Smoothing}). Sums are kept of deviations from a shift K taken from the window itself, so
 * E[x^2] - E[x]^2 does not cancel catastrophically at price levels far above the spread; K and the sums
 * are recomputed exactly from the ring every {@code period} commits (amortized O(1), no drift).
 */
final class WindowMoments {

    private final int period;
    private final double[] ring;
    private int count;
    private int next;
    private double shift = Double.NaN;
    private double s1;
    private double s2;
    private int sinceResum;

    private boolean pendingValid;
    private double pendingX;
    private double mean;
    private double variance;

    WindowMoments(int period) {
        Inputs.require(period, "period");
        this.period = period;
        this.ring = new double[period - 1];
    }

    /** True when the window ending at the live input is full; then {@link #mean()}/{@link #variance()} hold it. */
    boolean live(double x) {
        if (count == 0 && Double.isNaN(x)) {
            pendingValid = false;
            return false;
        }
        pendingValid = true;
        pendingX = x;
        if (count + 1 < period) return false;
        if (ring.length == 0) {
            mean = x;
            variance = 0;
            return true;
        }
        double k = count == 0 ? x : shift;
        double d = x - k;
        double t1 = s1 + d;
        double t2 = s2 + d * d;
        mean = k + t1 / period;
        double v = (t2 - t1 * t1 / period) / period;
        variance = v > 0 ? v : 0;
        return true;
    }

    double mean() {
        return mean;
    }

    double variance() {
        return variance;
    }

    void commit() {
        if (!pendingValid) return;
        int cap = ring.length;
        if (cap == 0) {
            count++;
            return;
        }
        double x = pendingX;
        if (count == 0) shift = x;
        int slot = next;
        if (++next == cap) next = 0;
        if (count >= cap) {
            double old = ring[slot] - shift;
            s1 -= old;
            s2 -= old * old;
        }
        ring[slot] = x;
        double d = x - shift;
        s1 += d;
        s2 += d * d;
        count++;
        if (++sinceResum >= period && count >= cap) resum(x);
    }

    private void resum(double newestValue) {
        sinceResum = 0;
        int cap = ring.length;
        shift = newestValue;
        double a = 0;
        double b = 0;
        for (int k = 0, j = next; k < cap; k++, j = j + 1 == cap ? 0 : j + 1) {
            double d = ring[j] - shift;
            a += d;
            b += d * d;
        }
        s1 = a;
        s2 = b;
    }
}
