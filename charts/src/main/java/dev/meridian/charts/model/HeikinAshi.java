package dev.meridian.charts.model;

/**
 * Heikin-Ashi candles: close = (O+H+L+C)/4, open = (previous HA open + previous HA close)/2 (the first
 * bar uses (O+C)/2), high = max(H, HA open, HA close), low = min(L, HA open, HA close).
 */
public final class HeikinAshi {

    private HeikinAshi() {
    }

    /** Fills {@code out[0..3]} (open, high, low, close arrays of at least {@code size}) from bars 0..size-1. */
    public static void compute(double[] o, double[] h, double[] l, double[] c, int size, double[][] out) {
        computeFrom(o, h, l, c, 0, size, out);
    }

    /** Recomputes bars {@code from..size-1}, reusing HA values before {@code from} (live updates). */
    public static void computeFrom(double[] o, double[] h, double[] l, double[] c, int from, int size, double[][] out) {
        double[] ho = out[0], hh = out[1], hl = out[2], hc = out[3];
        for (int i = Math.max(0, from); i < size; i++) {
            double close = (o[i] + h[i] + l[i] + c[i]) / 4.0;
            double open = i == 0 ? (o[0] + c[0]) / 2.0 : (ho[i - 1] + hc[i - 1]) / 2.0;
            ho[i] = open;
            hc[i] = close;
            hh[i] = Math.max(h[i], Math.max(open, close));
            hl[i] = Math.min(l[i], Math.min(open, close));
        }
    }
}
