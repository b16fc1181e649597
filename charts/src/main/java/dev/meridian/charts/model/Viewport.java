package dev.meridian.charts.model;

/**
 * The visible bar-index window shared by every pane. {@code first}/{@code last} are fractional bar
 * indices at the left and right plot edges; the right edge may run past the last bar (empty space for drawings).
 */
public final class Viewport {

    public static final double MIN_BARS = 5;
    private static final double RIGHT_MARGIN_BARS = 3;

    private double first;
    private double last;
    private int barCount;
    private int defaultBars;

    public Viewport(int defaultBars) {
        this.defaultBars = Math.max((int) MIN_BARS, defaultBars);
    }

    public double first() { return first; }
    public double last() { return last; }
    public double span() { return last - first; }
    public int barCount() { return barCount; }

    public int firstBar() { return Math.max(0, (int) Math.floor(first + 0.5)); }

    /** Exclusive end of the visible bars, clamped to the data. */
    public int endBar() { return Math.min(barCount, (int) Math.floor(last + 0.5) + 1); }

    public void setBarCount(int count) {
        this.barCount = count;
    }

    public void setDefaultBars(int bars) {
        this.defaultBars = Math.max((int) MIN_BARS, bars);
    }

    /** Shows the newest {@code defaultBars} bars plus a small right margin. */
    public void reset() {
        last = barCount - 1 + RIGHT_MARGIN_BARS;
        first = last - Math.min(Math.max(barCount, MIN_BARS), defaultBars) - RIGHT_MARGIN_BARS;
        clamp();
    }

    public void set(double newFirst, double newLast) {
        if (!(newLast > newFirst)) throw new IllegalArgumentException("Visible range " + newFirst + ".." + newLast + " is empty");
        first = newFirst;
        last = newLast;
        clamp();
    }

    /** Zooms by {@code factor} (&lt; 1 zooms in) keeping the bar at {@code anchor} at the same screen position. */
    public void zoom(double factor, double anchor) {
        double span = span();
        double newSpan = Math.max(MIN_BARS, Math.min(span * factor, Math.max(barCount, MIN_BARS) * 1.5));
        double ratio = span == 0 ? 0.5 : (anchor - first) / span;
        first = anchor - ratio * newSpan;
        last = first + newSpan;
        clamp();
    }

    public void pan(double bars) {
        first += bars;
        last += bars;
        clamp();
    }

    /** Scrolls so the last bar is at the right edge, keeping the span. */
    public void scrollToEnd() {
        double span = span();
        last = barCount - 1 + RIGHT_MARGIN_BARS;
        first = last - span;
        clamp();
    }

    public void scrollToStart() {
        double span = span();
        first = -RIGHT_MARGIN_BARS;
        last = first + span;
        clamp();
    }

    /** Keeps at least a few bars on screen so the user cannot pan into emptiness. */
    private void clamp() {
        double span = Math.max(MIN_BARS, last - first);
        double minFirst = -span + MIN_BARS;
        double maxFirst = Math.max(barCount - MIN_BARS, minFirst);
        if (first < minFirst) first = minFirst;
        if (first > maxFirst) first = maxFirst;
        last = first + span;
    }
}
