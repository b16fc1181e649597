package dev.meridian.charts.model;

import dev.meridian.core.market.BarSeries;

/**
 * Another symbol's closes aligned to the main series' bar times: at each main bar the other symbol's last
 * close at or before that time (NaN before its first bar). Used by percent-comparison mode.
 */
public final class Comparison {

    private Comparison() {
    }

    public static double[] alignCloses(BarSeries main, BarSeries other) {
        double[] out = new double[main.size()];
        int j = -1;
        for (int i = 0; i < main.size(); i++) {
            long t = main.time(i);
            while (j + 1 < other.size() && other.time(j + 1) <= t) j++;
            out[i] = j < 0 ? Double.NaN : other.close(j);
        }
        return out;
    }

    /** The first non-NaN value at or after {@code from} (the 0 % base of a rebased series), NaN if none. */
    public static double baseAt(double[] values, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, values.length); i++) {
            if (!Double.isNaN(values[i])) return values[i];
        }
        return Double.NaN;
    }

    /** Percent change of {@code value} against {@code base}. */
    public static double rebase(double value, double base) {
        return (value / base - 1) * 100;
    }
}
