package dev.meridian.core.coach;

import java.util.Arrays;

/**
 * Median and median absolute deviation: location and spread that one wild value cannot drag, the
 * basis of the coach's "is this amount unusual" and "is this amount steady" tests.
 */
public final class RobustStats {

    /** 0.6745 = the normal distribution's 75th percentile: makes MAD comparable to a standard deviation. */
    public static final double MAD_TO_SIGMA = 0.6745;

    private RobustStats() {
    }

    /** The median (mean of the middle two for an even count); {@code values} is not modified. */
    public static double median(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("Median of no values");
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Median absolute deviation from the median. */
    public static double mad(double[] values, double median) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) deviations[i] = Math.abs(values[i] - median);
        return median(deviations);
    }

    /** Iglewicz–Hoaglin modified z-score: 0.6745 (x − median) / MAD; infinite when MAD is 0 and x differs. */
    public static double modifiedZ(double x, double median, double mad) {
        if (mad == 0) return x == median ? 0 : Math.copySign(Double.POSITIVE_INFINITY, x - median);
        return MAD_TO_SIGMA * (x - median) / mad;
    }
}
