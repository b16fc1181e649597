package dev.meridian.core.market;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The compact text form of a {@link TradingSession} stored with an instrument:
 * {@code "09:30-16:00 Mon-Fri"}, {@code "22:00-21:00 Sun-Thu"} (past midnight, belongs to the opening day),
 * {@code "24h Mon-Fri"} (around the clock on those days) or {@code "24/7"}. Days are a range ({@code Sun-Fri}
 * wraps through the weekend) or a comma list ({@code Mon,Wed,Fri}), in English, any case. The zone is the
 * instrument's own.
 */
public final class SessionSpec {

    private static final String ALWAYS = "24/7";
    private static final String ALL_DAY = "24h";

    private SessionSpec() {
    }

    public static TradingSession parse(String spec, ZoneId zone) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("Trading session is empty");
        String text = spec.strip();
        if (text.equalsIgnoreCase(ALWAYS)) return TradingSession.allDay(zone);
        String[] parts = text.split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Trading session '" + spec + "': expected '09:30-16:00 Mon-Fri', '24h Mon-Fri' or '24/7'");
        }
        Set<DayOfWeek> days = days(parts[1], spec);
        if (parts[0].equalsIgnoreCase(ALL_DAY)) return new TradingSession(zone, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true, days);
        String[] hours = parts[0].split("-");
        if (hours.length != 2) {
            throw new IllegalArgumentException("Trading session '" + spec + "': hours '" + parts[0] + "' should read like 09:30-16:00");
        }
        LocalTime open = time(hours[0], spec);
        LocalTime close = time(hours[1], spec);
        if (open.equals(close)) {
            throw new IllegalArgumentException("Trading session '" + spec + "': open and close are both " + open + " (use 24h)");
        }
        return new TradingSession(zone, open, close, false, days);
    }

    /** The spec that {@link #parse} reads back into {@code session} (in the session's own zone). */
    public static String format(TradingSession session) {
        if (session.allDay() && session.weekdays().size() == 7) return ALWAYS;
        String hours = session.allDay() ? ALL_DAY : session.open() + "-" + session.close();
        return hours + " " + formatDays(session.weekdays());
    }

    private static LocalTime time(String text, String spec) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Trading session '" + spec + "': '" + text + "' is not a time like 09:30", e);
        }
    }

    private static Set<DayOfWeek> days(String text, String spec) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.split("-");
            if (range.length == 1) {
                out.add(day(range[0], spec));
                continue;
            }
            if (range.length != 2) throw new IllegalArgumentException("Trading session '" + spec + "': days '" + item + "' should read like Mon-Fri");
            DayOfWeek d = day(range[0], spec);
            DayOfWeek last = day(range[1], spec);
            out.add(d);
            while (d != last) {
                d = d.plus(1);
                out.add(d);
            }
        }
        return out;
    }

    private static DayOfWeek day(String text, String spec) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(t)) return d;
        }
        throw new IllegalArgumentException("Trading session '" + spec + "': '" + text + "' is not a weekday (Mon, Tue, ... Sun)");
    }

    private static String formatDays(Set<DayOfWeek> days) {
        // Written as one wrapping range when the days are consecutive (Sun-Fri), else as a list.
        for (DayOfWeek start : DayOfWeek.values()) {
            if (!days.contains(start) || days.contains(start.minus(1))) continue;
            DayOfWeek end = start;
            int n = 1;
            while (days.contains(end.plus(1)) && n < days.size()) {
                end = end.plus(1);
                n++;
            }
            if (n == days.size()) return n == 1 ? name(start) : name(start) + "-" + name(end);
        }
        StringBuilder out = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (!days.contains(d)) continue;
            if (!out.isEmpty()) out.append(',');
            out.append(name(d));
        }
        return out.toString();
    }

    private static String name(DayOfWeek d) {
        String n = d.name();
        return n.charAt(0) + n.substring(1, 3).toLowerCase(Locale.ROOT);
    }
}
