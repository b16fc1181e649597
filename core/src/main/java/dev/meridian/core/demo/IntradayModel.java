package dev.meridian.core.demo;

import dev.meridian.core.market.BarSeries;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Generates one-minute bars for an instrument's most recent days, each day a random path pinned to that
 * day's generated open and close, busier and more volatile near the open and close of an exchange session.
 * The daily bars of those days are then rewritten so their high, low and volume are exactly those of
 * the minutes: both timeframes tell the same story.
 */
public final class IntradayModel {

    private static final int TAIL_DEGREES = 5;

    /** The minute bars and the daily history made consistent with them. */
    public record Result(BarSeries minutes, DailyHistory daily) {}

    private final DailyHistory daily;
    private final TradingCalendar calendar;
    private final double perUnit;

    public IntradayModel(DailyHistory daily) {
        this.daily = daily;
        this.calendar = daily.instrument().calendar();
        this.perUnit = Math.rint(1 / daily.instrument().model().tick());
    }

    /** Minute bars for the trading days in the {@code days} calendar days ending at the history's last date. */
    public Result generate(int days, RandomGenerator rng) {
        if (days < 1) throw new IllegalArgumentException("Intraday days must be at least 1, got " + days);
        LocalDate first = daily.lastDate().minusDays(days - 1L);
        int from = Math.max(daily.indexOnOrBefore(first.minusDays(1)) + 1, 0);
        BarSeries bars = daily.bars();
        int n = bars.size();
        double[] high = Arrays.copyOf(bars.highs(), n);
        double[] low = Arrays.copyOf(bars.lows(), n);
        double[] volume = Arrays.copyOf(bars.volumes(), n);
        int minutesPerDay = calendar.sessionMinutes();
        BarSeries minutes = new BarSeries((n - from) * minutesPerDay);
        double[] weights = activityProfile(minutesPerDay);
        for (int i = from; i < n; i++) {
            Day day = day(i, weights, rng, minutes);
            high[i] = day.high;
            low[i] = day.low;
            volume[i] = day.volume;
        }
        BarSeries consistent = BarSeries.wrap(Arrays.copyOf(bars.times(), n), Arrays.copyOf(bars.opens(), n), high, low,
                Arrays.copyOf(bars.closes(), n), volume);
        return new Result(minutes, daily.withBars(consistent));
    }

    private record Day(double high, double low, double volume) {}

    private Day day(int index, double[] weights, RandomGenerator rng, BarSeries out) {
        BarSeries bars = daily.bars();
        double open = bars.open(index);
        double close = bars.close(index);
        int minutes = weights.length;
        double daySigma = Math.max(Math.log(bars.high(index) / bars.low(index)) / 1.6, 1e-4);
        double[] sigma = new double[minutes];
        double[] step = new double[minutes];
        double[] path = new double[minutes + 1];
        for (int k = 0; k < minutes; k++) {
            sigma[k] = daySigma * Math.sqrt(weights[k]);
            step[k] = sigma[k] * DemoRandom.fatTailed(rng, TAIL_DEGREES);
            path[k + 1] = path[k] + step[k];
        }
        double target = Math.log(close / open);
        double[] price = new double[minutes + 1];
        for (int k = 0; k <= minutes; k++) {
            double bridged = path[k] - (double) k / minutes * (path[minutes] - target);
            price[k] = round(open * Math.exp(bridged));
        }
        price[0] = open;
        price[minutes] = close;
        double[] minuteVolume = minuteVolumes(bars.volume(index), weights, step, sigma, rng);
        long start = ZonedDateTime.of(daily.dates()[index], calendar.sessionOpen(), calendar.zone()).toInstant().toEpochMilli();
        double dayHigh = 0;
        double dayLow = Double.MAX_VALUE;
        double dayVolume = 0;
        for (int k = 0; k < minutes; k++) {
            double o = price[k];
            double c = price[k + 1];
            double h = Math.max(round(Math.max(o, c) * Math.exp(0.4 * sigma[k] * Math.abs(rng.nextGaussian()))), Math.max(o, c));
            double l = Math.min(round(Math.min(o, c) * Math.exp(-0.4 * sigma[k] * Math.abs(rng.nextGaussian()))), Math.min(o, c));
            l = Math.max(l, 1 / perUnit);
            out.append(start + k * 60_000L, o, h, l, c, minuteVolume[k]);
            dayHigh = Math.max(dayHigh, h);
            dayLow = Math.min(dayLow, l);
            dayVolume += minuteVolume[k];
        }
        return new Day(dayHigh, dayLow, roundVolume(dayVolume));
    }

    /** Spreads the day's volume over its minutes: more at busy times and on big moves. */
    private double[] minuteVolumes(double dayVolume, double[] weights, double[] step, double[] sigma, RandomGenerator rng) {
        int minutes = weights.length;
        double[] raw = new double[minutes];
        double sum = 0;
        for (int k = 0; k < minutes; k++) {
            raw[k] = weights[k] * (0.5 + 0.5 * Math.abs(step[k]) / sigma[k]) * Math.exp(0.4 * rng.nextGaussian());
            sum += raw[k];
        }
        for (int k = 0; k < minutes; k++) raw[k] = roundVolume(dayVolume * raw[k] / sum);
        return raw;
    }

    /** Share of the day's variance per minute: a U shape for exchanges, a gentle wave for 24/7 markets. */
    private double[] activityProfile(int minutes) {
        double[] w = new double[minutes];
        double sum = 0;
        for (int k = 0; k < minutes; k++) {
            w[k] = calendar == TradingCalendar.ALWAYS || calendar == TradingCalendar.FX
                    ? 1 + 0.4 * Math.cos(2 * Math.PI * ((double) k / minutes - 0.65))
                    : 1 + 2.0 * Math.exp(-k / 25.0) + 1.2 * Math.exp(-(minutes - 1 - k) / 30.0);
            sum += w[k];
        }
        for (int k = 0; k < minutes; k++) w[k] /= sum;
        return w;
    }

    private double round(double price) {
        return Math.max(Math.round(price * perUnit) / perUnit, 1 / perUnit);
    }

    /** Coins trade in fractions; shares and FX ticks in whole units. */
    private double roundVolume(double v) {
        return calendar == TradingCalendar.ALWAYS ? Math.round(v * 10_000) / 10_000.0 : Math.round(v);
    }
}
