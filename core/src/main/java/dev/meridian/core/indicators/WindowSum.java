package dev.meridian.core.indicators;

/**
 * Sum of the last {@code period} inputs (live/commit contract, see {@link Smoothing}). The committed part is
 * a running sum over the last period-1 committed inputs, re-summed exactly from its ring every
 * {@link #RESUM_EVERY} commits so rounding drift cannot accumulate over millions of bars.
 */
final class WindowSum {

    static final int RESUM_EVERY = 1024;

    private final int period;
    private final double[] ring;
    private int count;
    private int next;
    private double sum;
    private int sinceResum;

    private boolean pendingValid;
    private double pendingX;

    WindowSum(int period) {
        Inputs.require(period, "period");
        this.period = period;
        this.ring = new double[period - 1];
    }

    int period() {
        return period;
    }

    /** Sum over the window ending at the live input, or NaN while fewer than {@code period} inputs exist. */
    double live(double x) {
        if (count == 0 && Double.isNaN(x)) {
            pendingValid = false;
            return Double.NaN;
        }
        pendingValid = true;
        pendingX = x;
        return count + 1 < period ? Double.NaN : sum + x;
    }

    void commit() {
        if (!pendingValid) return;
        int cap = ring.length;
        if (cap == 0) {
            count++;
            return;
        }
        int slot = next;
        if (++next == cap) next = 0;
        if (count >= cap) sum -= ring[slot];
        ring[slot] = pendingX;
        sum += pendingX;
        count++;
        if (++sinceResum >= RESUM_EVERY && count >= cap) {
            sinceResum = 0;
            double s = 0;
            for (int k = 0, j = next; k < cap; k++, j = j + 1 == cap ? 0 : j + 1) s += ring[j];
            sum = s;
        }
    }
}
