package dev.meridian.core.indicators;

/**
 * Linearly weighted mean of the last {@code period} inputs (weights 1..n, newest heaviest) in O(1) per
 * input (live/commit contract, see {@link Smoothing}). The committed state is the plain sum S and the
 * weighted sum W (weights 1..n-1) of the last n-1 committed inputs; moving the window on is
 * W' = W + n*x - (S + x). Both are re-summed exactly from the ring every {@code period} commits.
 */
final class WindowWeightedSum {

    private final int period;
    private final double divisor;
    private final double[] ring;
    private int count;
    private int next;
    private double plain;
    private double weighted;
    private int sinceResum;

    private boolean pendingValid;
    private double pendingX;

    WindowWeightedSum(int period) {
        Inputs.require(period, "period");
        this.period = period;
        this.divisor = period * (period + 1) / 2.0;
        this.ring = new double[period - 1];
    }

    double live(double x) {
        if (count == 0 && Double.isNaN(x)) {
            pendingValid = false;
            return Double.NaN;
        }
        pendingValid = true;
        pendingX = x;
        return count + 1 < period ? Double.NaN : (weighted + period * x) / divisor;
    }

    void commit() {
        if (!pendingValid) return;
        int cap = ring.length;
        if (cap == 0) {
            count++;
            return;
        }
        double x = pendingX;
        int slot = next;
        if (++next == cap) next = 0;
        if (count < cap) {
            weighted += (count + 1) * x;
            plain += x;
        } else {
            weighted = weighted + period * x - (plain + x);
            plain = plain + x - ring[slot];
        }
        ring[slot] = x;
        count++;
        if (++sinceResum >= period && count >= cap) {
            sinceResum = 0;
            double w = 0;
            double s = 0;
            for (int k = 0, j = next; k < cap; k++, j = j + 1 == cap ? 0 : j + 1) {
                double v = ring[j];
                s += v;
                w += (k + 1) * v;
            }
            plain = s;
            weighted = w;
        }
    }
}
