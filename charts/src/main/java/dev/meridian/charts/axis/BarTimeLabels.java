package dev.meridian.charts.axis;

import dev.meridian.core.market.Timeframe;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tick labels for a bar-index axis: the label is the bar's time, formatted coarser as more time is visible
 * (years, months, days, hours). Daily and longer timeframes never show a clock time.
 */
public final class BarTimeLabels {

    private static final long DAY = 86_400_000L;

    private final ZoneId zone;
    private final Timeframe timeframe;
    private BarTimeScale scale;
    private DateTimeFormatter format;

    public BarTimeLabels(BarTimeScale scale, Timeframe timeframe, ZoneId zone) {
        this.scale = scale;
        this.timeframe = timeframe;
        this.zone = zone;
        this.format = patternFor(timeframe, 0);
    }

    public void setScale(BarTimeScale scale) {
        this.scale = scale;
    }

    /**
     * Chooses the label granularity from the time between two ticks: {@code tickBars} bars at the visible
     * range's average bar length (which includes the collapsed gaps).
     */
    public void setVisibleRange(double firstIndex, double lastIndex, double tickBars) {
        double bars = Math.max(1, lastIndex - firstIndex);
        double millisPerBar = Math.abs(scale.timeAt(lastIndex) - scale.timeAt(firstIndex)) / bars;
        format = patternFor(timeframe, (long) (millisPerBar * tickBars));
    }

    /** Label for a tick at {@code index}; ticks between bars get no label. */
    public String label(double index) {
        if (Math.abs(index - Math.rint(index)) > 1e-6) return "";
        return format.format(Instant.ofEpochMilli(scale.timeAt(index)).atZone(zone));
    }

    /** Full time of a bar, for the crosshair's axis label. */
    public String fullLabel(double index) {
        DateTimeFormatter f = timeframe.isIntraday() ? pattern("EEE dd MMM yyyy HH:mm") : pattern("EEE dd MMM yyyy");
        return f.format(Instant.ofEpochMilli(scale.timeAt(index)).atZone(zone));
    }

    static DateTimeFormatter patternFor(Timeframe timeframe, long tickMillis) {
        if (tickMillis >= 300 * DAY) return pattern("yyyy");
        if (tickMillis >= 25 * DAY) return pattern("MMM yyyy");
        if (!timeframe.isIntraday() || tickMillis >= DAY) return pattern("dd MMM");
        if (tickMillis >= 6 * 3_600_000L) return pattern("dd MMM HH:mm");
        return pattern("HH:mm");
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
    }
}
