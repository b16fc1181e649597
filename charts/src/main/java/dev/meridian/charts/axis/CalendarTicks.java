package dev.meridian.charts.axis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses time-axis ticks at calendar boundaries (TradingView style) on a bar-index axis whose session gaps are
 * collapsed: a tick sits on the first bar at or after each boundary (a new year, quarter, month, week, day, or a
 * round number of hours or minutes), so a day that opens at 09:30 gets its tick on the 09:30 bar. The step is
 * the finest one whose ticks keep {@code minSpacing} pixels apart on average; ticks that still come too close
 * (short sessions, holidays) give way to the more significant one. Each tick says what it marks, which decides
 * its label: the year, the month, the day of the month, or the clock time.
 */
public final class CalendarTicks {

    /** What a tick marks, from least to most significant. */
    public enum Rank { TIME, DAY, MONTH, YEAR }

    public record Tick(int index, Rank rank) {
    }

    private enum Unit { MINUTE, DAY, WEEK, MONTH, YEAR }

    private record Step(Unit unit, int amount) {
        Rank rank() {
            return switch (unit) {
                case MINUTE -> Rank.TIME;
                case DAY, WEEK -> Rank.DAY;
                case MONTH -> Rank.MONTH;
                case YEAR -> Rank.YEAR;
            };
        }
    }

    private static final List<Step> INTRADAY_STEPS = List.of(
            new Step(Unit.MINUTE, 1), new Step(Unit.MINUTE, 5), new Step(Unit.MINUTE, 15), new Step(Unit.MINUTE, 30),
            new Step(Unit.MINUTE, 60), new Step(Unit.MINUTE, 120), new Step(Unit.MINUTE, 180), new Step(Unit.MINUTE, 240),
            new Step(Unit.MINUTE, 360), new Step(Unit.MINUTE, 720));
    private static final List<Step> CALENDAR_STEPS = List.of(
            new Step(Unit.DAY, 1), new Step(Unit.WEEK, 1), new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 3),
            new Step(Unit.MONTH, 6), new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5),
            new Step(Unit.YEAR, 10), new Step(Unit.YEAR, 25), new Step(Unit.YEAR, 100));

    private final ZoneId zone;
    private final boolean intraday;

    /** @param intraday whether clock-time steps are offered (bars shorter than a day) */
    public CalendarTicks(ZoneId zone, boolean intraday) {
        this.zone = zone;
        this.intraday = intraday;
    }

    /**
     * Ticks for bars {@code first..last} (inclusive, clamped into the data) drawn over {@code pixelWidth} pixels.
     *
     * @param times bar open times (epoch ms, ascending); only the first {@code size} are read
     */
    public List<Tick> choose(long[] times, int size, int first, int last, double pixelWidth, double minSpacing) {
        int lo = Math.max(0, first), hi = Math.min(size - 1, last);
        if (hi < lo || pixelWidth <= 0) return List.of();
        double pixelsPerBar = pixelWidth / Math.max(1, last - first + 1);
        int maxTicks = Math.max(1, (int) (pixelWidth / minSpacing));
        List<Step> steps = new ArrayList<>(intraday ? INTRADAY_STEPS : List.of());
        steps.addAll(CALENDAR_STEPS);
        List<Tick> ticks = List.of();
        for (Step step : steps) {
            List<Tick> candidate = ticksOf(step, times, size, lo, hi, maxTicks);
            if (candidate == null) continue;
            ticks = candidate;
            break;
        }
        return thin(ticks, pixelsPerBar, minSpacing / 2);
    }

    /** The step's ticks, or null when there would be more than {@code maxTicks}. */
    private List<Tick> ticksOf(Step step, long[] times, int size, int lo, int hi, int maxTicks) {
        List<Tick> out = new ArrayList<>();
        long boundary = lo == 0 ? boundaryAtOrAfter(step, times[0]) : boundaryAfter(step, times[lo - 1]);
        while (true) {
            int i = atOrAfter(times, size, boundary);
            if (i > hi) return out;
            if (out.size() == maxTicks) return null;
            out.add(new Tick(i, rankAt(step, times, i)));
            boundary = boundaryAfter(step, times[i]);
        }
    }

    /** The step's own rank, raised when the bar also starts a new day, month or year. */
    private Rank rankAt(Step step, long[] times, int i) {
        if (i == 0) return step.rank();
        LocalDateTime now = local(times[i]), before = local(times[i - 1]);
        Rank crossed = now.getYear() != before.getYear() ? Rank.YEAR
                : now.getMonth() != before.getMonth() ? Rank.MONTH
                : !now.toLocalDate().equals(before.toLocalDate()) ? Rank.DAY : Rank.TIME;
        return crossed.compareTo(step.rank()) > 0 ? crossed : step.rank();
    }

    /** Drops ticks closer than {@code minGap} pixels to a kept neighbour, keeping the more significant of the two. */
    private static List<Tick> thin(List<Tick> ticks, double pixelsPerBar, double minGap) {
        List<Tick> kept = new ArrayList<>(ticks.size());
        for (Tick t : ticks) {
            if (!kept.isEmpty()) {
                Tick prev = kept.getLast();
                if ((t.index() - prev.index()) * pixelsPerBar < minGap) {
                    if (t.rank().compareTo(prev.rank()) > 0) kept.set(kept.size() - 1, t);
                    continue;
                }
            }
            kept.add(t);
        }
        return kept;
    }

    private long boundaryAtOrAfter(Step step, long t) {
        return boundaryAfter(step, t - 1);
    }

    /** The first boundary of {@code step} strictly after {@code t}. */
    private long boundaryAfter(Step step, long t) {
        ZonedDateTime at = Instant.ofEpochMilli(t).atZone(zone);
        LocalDate day = at.toLocalDate();
        ZonedDateTime next = switch (step.unit()) {
            case MINUTE -> {
                int minuteOfDay = at.getHour() * 60 + at.getMinute();
                int nextMinute = (minuteOfDay / step.amount() + 1) * step.amount();
                yield nextMinute >= 24 * 60 ? day.plusDays(1).atStartOfDay(zone) : day.atStartOfDay(zone).plusMinutes(nextMinute);
            }
            case DAY -> day.plusDays(1).atStartOfDay(zone);
            case WEEK -> day.plusDays(8 - day.getDayOfWeek().getValue()).atStartOfDay(zone);
            case MONTH -> {
                LocalDate m = day.withDayOfMonth(1);
                do m = m.plusMonths(1); while ((m.getMonthValue() - 1) % step.amount() != 0);
                yield m.atStartOfDay(zone);
            }
            case YEAR -> {
                int y = (day.getYear() / step.amount() + 1) * step.amount();
                yield LocalDate.of(y, 1, 1).atStartOfDay(zone);
            }
        };
        return next.toInstant().toEpochMilli();
    }

    private LocalDateTime local(long t) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(t), zone);
    }

    private static int atOrAfter(long[] times, int size, long t) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < t) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
