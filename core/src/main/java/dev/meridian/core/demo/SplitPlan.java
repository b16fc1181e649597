package dev.meridian.core.demo;

/**
 * A stock split some time before the anchor date: {@code to} new shares for every {@code from} old ones
 * (4:1 forward is to=4, from=1; a 1:5 reverse split is to=1, from=5).
 */
public record SplitPlan(double yearsAgo, int to, int from) {
    public SplitPlan {
        if (to <= 0 || from <= 0 || to == from) throw new IllegalArgumentException("Split ratio must be positive and not 1:1");
        if (!(yearsAgo > 0)) throw new IllegalArgumentException("Split must lie in the past: " + yearsAgo);
    }

    /** Factor by which the share count grows (and the unadjusted price shrinks). */
    public double ratio() {
        return (double) to / from;
    }
}
