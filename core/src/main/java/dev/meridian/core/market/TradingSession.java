package dev.meridian.core.market;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When an instrument trades, in its exchange's time zone: daily from {@code open} to {@code close} on the
 * given weekdays (a close before the open means the session runs past midnight and belongs to the day it
 * opens), or around the clock when {@code allDay} (each calendar day of the zone is one session). Holidays
 * are not modelled: a day without bars simply produces no session bars.
 */
public record TradingSession(ZoneId zone, LocalTime open, LocalTime close, boolean allDay, Set<DayOfWeek> weekdays) {

    /** Returned by {@link #sessionOpen(long)} for a time outside every session. */
    public static final long OUTSIDE = Long.MIN_VALUE;

    public TradingSession {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(weekdays, "weekdays");
        if (weekdays.isEmpty()) throw new IllegalArgumentException("A trading session needs at least one weekday");
        if (!allDay && open.equals(close)) {
            throw new IllegalArgumentException("Session open and close are both " + open + ": use an all-day session");
        }
        weekdays = Set.copyOf(weekdays);
    }

    /** Around the clock, every day, days starting at midnight in {@code zone}. */
    public static TradingSession allDay(ZoneId zone) {
        return new TradingSession(zone, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true, EnumSet.allOf(DayOfWeek.class));
    }

    /** Crypto: 24/7, days and bars aligned to UTC midnight. */
    public static TradingSession crypto() {
        return allDay(ZoneOffset.UTC);
    }

    /** US equities regular hours: 09:30–16:00 America/New_York, Monday to Friday. */
    public static TradingSession usEquities() {
        return new TradingSession(ZoneId.of("America/New_York"), LocalTime.of(9, 30), LocalTime.of(16, 0), false,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /** Reads a compact spec such as {@code "09:30-16:00 Mon-Fri"} in {@code zone}; see {@link SessionSpec}. */
    public static TradingSession parse(String spec, ZoneId zone) {
        return SessionSpec.parse(spec, zone);
    }

    /**
     * The instrument's stored session when it has one; otherwise inferred: crypto trades around the clock every
     * day, FX around the clock Monday to Friday, US-listed securities keep New York regular hours, anything
     * else Monday to Friday 09:00–17:30 in its exchange's zone (the main European exchanges' hours).
     */
    public static TradingSession of(Instrument instrument) {
        ZoneId zone = ZoneId.of(instrument.timeZone());
        if (instrument.session() != null) return parse(instrument.session(), zone);
        if (instrument.assetClass() == AssetClass.CRYPTO) return allDay(zone);
        if (instrument.assetClass() == AssetClass.FX) {
            return new TradingSession(zone, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, true, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        }
        if (zone.getId().equals("America/New_York")) return usEquities();
        return new TradingSession(zone, LocalTime.of(9, 0), LocalTime.of(17, 30), false, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /**
     * Opening instant (epoch ms) of the session containing {@code epochMillis}, or {@link #OUTSIDE}. It also
     * identifies the session, e.g. to anchor a VWAP.
     */
    public long sessionOpen(long epochMillis) {
        LocalDate day = tradingDay(epochMillis);
        return day == null ? OUTSIDE : openOn(day);
    }

    /** The day the session containing {@code epochMillis} opened on, or null when outside every session. */
    public LocalDate tradingDay(long epochMillis) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
        LocalDate date = local.toLocalDate();
        if (allDay) return weekdays.contains(date.getDayOfWeek()) ? date : null;
        LocalTime t = local.toLocalTime();
        LocalDate day;
        if (open.isBefore(close)) {
            day = !t.isBefore(open) && t.isBefore(close) ? date : null;
        } else if (!t.isBefore(open)) {
            day = date;
        } else {
            day = t.isBefore(close) ? date.minusDays(1) : null;
        }
        return day != null && weekdays.contains(day.getDayOfWeek()) ? day : null;
    }

    /** Opening instant (epoch ms) of the session that opens on {@code day}, whether or not it is a trading day. */
    public long openOn(LocalDate day) {
        ZonedDateTime start = allDay ? day.atStartOfDay(zone) : ZonedDateTime.of(day, open, zone);
        return start.toInstant().toEpochMilli();
    }

    /** Closing instant (epoch ms) of the session that opens on {@code day}. */
    public long closeOn(LocalDate day) {
        if (allDay) return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        LocalDate closeDay = open.isBefore(close) ? day : day.plusDays(1);
        return ZonedDateTime.of(closeDay, close, zone).toInstant().toEpochMilli();
    }
}
