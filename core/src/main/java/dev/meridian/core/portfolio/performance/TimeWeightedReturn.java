package dev.meridian.core.portfolio.performance;

import java.util.Arrays;

/**
 * True time-weighted return, chained daily. External flows count at the <b>end</b> of their day:
 * money arrives or leaves at the day's close, the price at which the scope is valued, so it does
 * not take part in that day's move. The day's return is
 * {@code r = (V(close today) - flows today) / V(close yesterday) - 1}; a day that starts with
 * nothing invested ({@code V(yesterday) <= 0}) earns 0. The period return is
 * {@code product(1 + r) - 1} over every day after the start day.
 *
 * <p>Why end of day: values come from daily closes, so a trade booked at (or near) the close is
 * measured exactly; counting it at the start would expose the new money to a move it missed.
 * The residual error is the gap between a trade's execution price and that day's close.
 */
public final class TimeWeightedReturn {

    private TimeWeightedReturn() {}

    public static ReturnSeries daily(DailyValues v) {
        int n = v.size() - 1;
        int[] days = Arrays.copyOfRange(v.epochDays(), 1, v.size());
        double[] r = new double[n];
        for (int i = 1; i < v.size(); i++) {
            double invested = v.values()[i - 1];
            r[i - 1] = invested > 0 ? (v.values()[i] - v.flows()[i]) / invested - 1 : 0;
        }
        return new ReturnSeries(days, r);
    }

    public static double chained(ReturnSeries daily) {
        double growth = 1;
        for (double r : daily.returns()) growth *= 1 + r;
        return growth - 1;
    }

    /** {@code (1 + total)^(365 / days) - 1}; a period of zero days returns {@code total}. */
    public static double annualized(double total, long calendarDays) {
        if (calendarDays <= 0) return total;
        return Math.pow(1 + total, 365.0 / calendarDays) - 1;
    }
}
