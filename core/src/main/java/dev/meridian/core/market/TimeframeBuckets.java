package dev.meridian.core.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Which higher-timeframe bar a bar belongs to, in the instrument's session and time zone (TradingView's
 * alignment): intraday bars are counted from the session open (09:30, 10:30, ... for US equities; the last
 * one is cut short by the close), D1 is one session, W1 starts on Monday, MN1 on the first of the calendar
 * month. A bucket is named by its opening instant: the session open of its first calendar day (for all-day
 * sessions, midnight), whether or not that day traded. Follows DST because every session open is resolved
 * in the session's zone. Caches the current session, so consecutive lookups cost O(1).
 */
public final class TimeframeBuckets {

    private final TradingSession session;
    private final Timeframe timeframe;
    private final long durationMillis;
    private long cachedOpen = Long.MAX_VALUE;
    private long cachedClose = Long.MIN_VALUE;
    private long cachedAnchor;

    public TimeframeBuckets(TradingSession session, Timeframe timeframe) {
        this.session = session;
        this.timeframe = timeframe;
        this.durationMillis = timeframe.nominal().toMillis();
    }

    public TradingSession session() {
        return session;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /** Opening instant of the bucket holding a bar that opens at {@code epochMillis}, or {@link TradingSession#OUTSIDE}. */
    public long bucketOf(long epochMillis) {
        if (epochMillis < cachedOpen || epochMillis >= cachedClose) {
            LocalDate day = session.tradingDay(epochMillis);
            if (day == null) return TradingSession.OUTSIDE;
            cachedOpen = session.openOn(day);
            cachedClose = session.closeOn(day);
            cachedAnchor = anchor(day);
        }
        if (!timeframe.isIntraday()) return cachedAnchor;
        return cachedAnchor + Math.floorDiv(epochMillis - cachedAnchor, durationMillis) * durationMillis;
    }

    private long anchor(LocalDate day) {
        return switch (timeframe) {
            case W1 -> session.openOn(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MN1 -> session.openOn(day.withDayOfMonth(1));
            default -> cachedOpen;
        };
    }
}
