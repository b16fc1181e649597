package dev.meridian.charts.axis;

import dev.meridian.core.market.Timeframe;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Ticks and labels for a bar-index time axis. Ticks sit at calendar boundaries ({@link CalendarTicks}); a tick's
 * label says what it marks: the year ("2024"), the month ("Mar"), the day of the month ("12") or the clock time
 * ("14:00"). Daily and longer timeframes never tick on a clock time.
 */
public final class BarTimeLabels {

    /** Average pixels between two ticks the chooser aims at (a label is at most ~40 px wide). */
    public static final double MIN_TICK_SPACING = 64;

    private static final DateTimeFormatter YEAR = pattern("yyyy");
    private static final DateTimeFormatter MONTH = pattern("MMM");
    private static final DateTimeFormatter DAY = pattern("d");
    private static final DateTimeFormatter TIME = pattern("HH:mm");

    private final ZoneId zone;
    private final Timeframe timeframe;
    private final CalendarTicks chooser;
    private BarTimeScale scale;
    private List<CalendarTicks.Tick> ticks = List.of();

    public BarTimeLabels(BarTimeScale scale, Timeframe timeframe, ZoneId zone) {
        this.timeframe = timeframe;
        this.zone = zone;
        this.chooser = new CalendarTicks(zone, timeframe.isIntraday());
        this.scale = scale;
    }

    /** The bars' times (and the scale built over them) after bars were appended. */
    public void setScale(BarTimeScale scale) {
        this.scale = scale;
    }

    /** Chooses the ticks for the visible bar range drawn over {@code pixelWidth} pixels. */
    public void setVisibleRange(double firstIndex, double lastIndex, double pixelWidth) {
        ticks = chooser.choose(scale.times(), scale.size(), (int) Math.ceil(firstIndex), (int) Math.floor(lastIndex),
                pixelWidth, MIN_TICK_SPACING);
    }

    /** The ticks chosen by the last {@link #setVisibleRange}, ascending by bar index. */
    public List<CalendarTicks.Tick> ticks() {
        return ticks;
    }

    /** Label for a tick at {@code index}; positions that are not ticks get no label. */
    public String label(double index) {
        if (Math.abs(index - Math.rint(index)) > 1e-6) return "";
        int i = (int) Math.rint(index);
        for (CalendarTicks.Tick t : ticks) {
            if (t.index() == i) return format(t.rank()).format(Instant.ofEpochMilli(scale.timeAt(i)).atZone(zone));
        }
        return "";
    }

    /** Full time of a bar, for the crosshair's axis label. */
    public String fullLabel(double index) {
        DateTimeFormatter f = timeframe.isIntraday() ? pattern("EEE dd MMM yyyy HH:mm") : pattern("EEE dd MMM yyyy");
        return f.format(Instant.ofEpochMilli(scale.timeAt(index)).atZone(zone));
    }

    private static DateTimeFormatter format(CalendarTicks.Rank rank) {
        return switch (rank) {
            case YEAR -> YEAR;
            case MONTH -> MONTH;
            case DAY -> DAY;
            case TIME -> TIME;
        };
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
    }
}
