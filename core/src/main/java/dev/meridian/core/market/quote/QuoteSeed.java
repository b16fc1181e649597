package dev.meridian.core.market.quote;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import java.util.Objects;

/**
 * Where an instrument's quote starts before any tick: typically the last two stored daily bars (offline the
 * quote is the cache, and its age is the last bar's). {@code session} decides when a new trading day starts.
 */
public record QuoteSeed(double previousClose, double last, double dayHigh, double dayLow, double volume, long updatedAtMillis,
                        TradingSession session) {

    public QuoteSeed {
        Objects.requireNonNull(session, "session");
    }

    /** Nothing known yet: the first tick sets the price; the change needs a previous close. */
    public static QuoteSeed empty(TradingSession session) {
        return new QuoteSeed(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Long.MIN_VALUE, session);
    }

    /**
     * From daily bars: the last bar is "today", the one before gives the previous close. {@code lastBarEndMillis} is
     * when the last bar's session closed (or the bar time when unknown): the quote is as old as that.
     */
    public static QuoteSeed fromDailyBars(BarSeries daily, long lastBarEndMillis, TradingSession session) {
        int n = daily.size();
        if (n == 0) return empty(session);
        double prev = n > 1 ? daily.close(n - 2) : Double.NaN;
        return new QuoteSeed(prev, daily.close(n - 1), daily.high(n - 1), daily.low(n - 1), daily.volume(n - 1), lastBarEndMillis, session);
    }
}
