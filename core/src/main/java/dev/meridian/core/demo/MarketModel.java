package dev.meridian.core.demo;

import dev.meridian.core.market.BarSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates one instrument's daily bars: GARCH(1,1) variance (calm and stormy periods cluster),
 * Student-t shocks plus occasional jumps (fat tails), part of each day's move as an overnight gap,
 * volume that rises with the size of the move, and splits and dividends applied to the unadjusted
 * price on their ex-dates. The path is anchored so the newest close lands near the model's level.
 *
 * <p>A daily bar's time is the trading date at 00:00 UTC.
 */
public final class MarketModel {

    static final double ARCH = 0.10;
    static final double GARCH = 0.88;
    private static final int TAIL_DEGREES = 6;
    private static final double MAX_VARIANCE_MULTIPLE = 12;

    private final DemoInstrument instrument;
    private final PriceModel model;

    public MarketModel(DemoInstrument instrument) {
        this.instrument = instrument;
        this.model = instrument.model();
    }

    public DailyHistory generate(LocalDate today, RandomGenerator rng) {
        LocalDate[] dates = tradingDates(today);
        Shocks shocks = shocks(dates.length, rng);
        steerToDrift(shocks);
        List<SplitEvent> splits = placeSplits(dates, today);
        List<LocalDate> exDates = dividendExDates(dates);
        double start = model.lastClose() * Math.exp(-expectedLogChange(shocks, splits, exDates.size()));
        return walk(dates, shocks, splits, exDates, start);
    }

    /** Per-day log-returns split into overnight gap and session move, plus range and volume noise. */
    private record Shocks(double[] gap, double[] session, double[] up, double[] down, double[] volume) {}

    private Shocks shocks(int n, RandomGenerator rng) {
        double periods = instrument.calendar() == TradingCalendar.ALWAYS ? 365 : 252;
        double longRunVariance = model.annualVol() * model.annualVol() / periods;
        double omega = longRunVariance * (1 - ARCH - GARCH);
        double drift = model.annualDrift() / periods;
        double jumpChance = model.jumpsPerYear() / periods;
        double gapShare = model.gapShare();
        double[] gap = new double[n];
        double[] session = new double[n];
        double[] up = new double[n];
        double[] down = new double[n];
        double[] volume = new double[n];
        double variance = longRunVariance;
        for (int i = 0; i < n; i++) {
            double sigma = Math.sqrt(variance);
            double jump = rng.nextDouble() < jumpChance ? rng.nextGaussian() * model.jumpSize() - 0.2 * model.jumpSize() : 0;
            gap[i] = Math.sqrt(gapShare) * sigma * DemoRandom.fatTailed(rng, TAIL_DEGREES) + jump;
            session[i] = drift + Math.sqrt(1 - gapShare) * sigma * DemoRandom.fatTailed(rng, TAIL_DEGREES);
            double sessionSigma = Math.sqrt(1 - gapShare) * sigma;
            up[i] = 0.5 * sessionSigma * Math.abs(rng.nextGaussian());
            down[i] = 0.5 * sessionSigma * Math.abs(rng.nextGaussian());
            double shock = gap[i] + session[i] - drift;
            double surprise = Math.abs(shock) / Math.sqrt(longRunVariance);
            volume[i] = Math.exp(0.3 * rng.nextGaussian() - 0.045) * (0.55 + 0.55 * surprise);
            variance = Math.min(omega + ARCH * shock * shock + GARCH * variance, MAX_VARIANCE_MULTIPLE * longRunVariance);
        }
        return new Shocks(gap, session, up, down, volume);
    }

    /**
     * Shifts every session return by the same tiny amount so the decade's total move matches the model's
     * drift: each instrument keeps its character (a growth stock grows, a pipeline stagnates) while the
     * day-to-day shape, clustering and tails stay random.
     */
    private void steerToDrift(Shocks s) {
        int n = s.session.length;
        double periods = instrument.calendar() == TradingCalendar.ALWAYS ? 365 : 252;
        double realized = 0;
        for (int i = 1; i < n; i++) realized += s.gap[i];
        for (double r : s.session) realized += r;
        double shift = (model.annualDrift() * n / periods - realized) / n;
        for (int i = 0; i < n; i++) s.session[i] += shift;
    }

    private double expectedLogChange(Shocks s, List<SplitEvent> splits, int dividendCount) {
        double sum = 0;
        for (int i = 1; i < s.gap.length; i++) sum += s.gap[i];
        for (double r : s.session) sum += r;
        for (SplitEvent split : splits) sum -= Math.log(split.ratio());
        if (model.paysDividends()) sum += dividendCount * Math.log(1 - model.dividendYield() / model.dividendsPerYear());
        return sum;
    }

    private DailyHistory walk(LocalDate[] dates, Shocks s, List<SplitEvent> splits, List<LocalDate> exDates, double start) {
        int n = dates.length;
        long[] time = new long[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        double[] close = new double[n];
        double[] volume = new double[n];
        List<DividendEvent> dividends = new ArrayList<>();
        DividendSchedule schedule = new DividendSchedule();
        double shares = 1;
        for (SplitEvent split : splits) shares /= split.ratio();
        double prev = start;
        int nextSplit = 0;
        int nextDividend = 0;
        for (int i = 0; i < n; i++) {
            LocalDate d = dates[i];
            double o = i == 0 ? start : prev * Math.exp(s.gap[i]);
            if (nextSplit < splits.size() && splits.get(nextSplit).exDate().equals(d)) {
                double ratio = splits.get(nextSplit++).ratio();
                o /= ratio;
                shares *= ratio;
                schedule.split(ratio);
            }
            if (nextDividend < exDates.size() && exDates.get(nextDividend).equals(d)) {
                nextDividend++;
                BigDecimal perShare = schedule.perShare(d, prev);
                dividends.add(new DividendEvent(d, payDate(d), perShare));
                o = Math.max(o - perShare.doubleValue(), 0.5 * o);
            }
            double c = o * Math.exp(s.session[i]);
            o = roundToTick(o);
            c = roundToTick(c);
            // A daily bar opens at its session's open in the exchange zone, the time the session model, charts
            // and daily closes read its date from (UTC midnight is the previous evening in New York).
            time[i] = ZonedDateTime.of(d, instrument.calendar().sessionOpen(), instrument.calendar().zone()).toInstant().toEpochMilli();
            open[i] = o;
            close[i] = c;
            high[i] = Math.max(roundToTick(Math.max(o, c) * Math.exp(s.up[i])), Math.max(o, c));
            low[i] = Math.max(Math.min(roundToTick(Math.min(o, c) * Math.exp(-s.down[i])), Math.min(o, c)), model.tick());
            volume[i] = Math.round(model.baseVolume() * shares * s.volume[i]);
            prev = c;
        }
        return new DailyHistory(instrument, dates, BarSeries.wrap(time, open, high, low, close, volume), splits, dividends);
    }

    private double roundToTick(double price) {
        double perUnit = Math.rint(1 / model.tick());
        return Math.max(Math.round(price * perUnit) / perUnit, model.tick());
    }

    private LocalDate[] tradingDates(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusYears(model.historyYears()).plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (instrument.calendar().isTradingDay(d)) days.add(d);
        }
        return days.toArray(LocalDate[]::new);
    }

    private List<SplitEvent> placeSplits(LocalDate[] dates, LocalDate today) {
        List<SplitEvent> events = new ArrayList<>();
        instrument.splits().stream()
                .sorted((a, b) -> Double.compare(b.yearsAgo(), a.yearsAgo()))
                .forEach(plan -> {
                    LocalDate target = today.minusDays(Math.round(plan.yearsAgo() * 365.25));
                    LocalDate ex = firstTradingDayOnOrAfter(dates, target);
                    if (ex != null && ex.isAfter(dates[0])) events.add(new SplitEvent(ex, plan.to(), plan.from()));
                });
        return List.copyOf(events);
    }

    /** Quarterly payers go ex in Feb/May/Aug/Nov, annual payers in May (European AGM season). */
    private List<LocalDate> dividendExDates(LocalDate[] dates) {
        if (!model.paysDividends()) return List.of();
        int dayOfMonth = 3 + Math.floorMod(instrument.symbol().hashCode(), 20);
        int[] months = model.dividendsPerYear() == 1 ? new int[] {5} : model.dividendsPerYear() == 2 ? new int[] {5, 11}
                : new int[] {2, 5, 8, 11};
        List<LocalDate> exDates = new ArrayList<>();
        for (int year = dates[0].getYear(); year <= dates[dates.length - 1].getYear(); year++) {
            for (int month : months) {
                LocalDate ex = firstTradingDayOnOrAfter(dates, LocalDate.of(year, month, dayOfMonth));
                if (ex != null && ex.isAfter(dates[0])) exDates.add(ex);
            }
        }
        return exDates;
    }

    private static LocalDate firstTradingDayOnOrAfter(LocalDate[] dates, LocalDate target) {
        int i = java.util.Arrays.binarySearch(dates, target);
        int at = i >= 0 ? i : -i - 1;
        return at < dates.length ? dates[at] : null;
    }

    private static LocalDate payDate(LocalDate exDate) {
        LocalDate pay = exDate.plusDays(14);
        if (pay.getDayOfWeek() == DayOfWeek.SATURDAY) return pay.plusDays(2);
        if (pay.getDayOfWeek() == DayOfWeek.SUNDAY) return pay.plusDays(1);
        return pay;
    }

    /** Companies set a dividend once a year and keep it per share, adjusting it only for splits. */
    private final class DividendSchedule {
        private int year = Integer.MIN_VALUE;
        private double perShare;

        void split(double ratio) {
            perShare /= ratio;
        }

        BigDecimal perShare(LocalDate exDate, double previousClose) {
            if (exDate.getYear() != year) {
                year = exDate.getYear();
                perShare = previousClose * model.dividendYield() / model.dividendsPerYear();
            }
            BigDecimal amount = BigDecimal.valueOf(perShare).setScale(perShare < 0.1 ? 4 : 2, RoundingMode.HALF_UP);
            return amount.signum() > 0 ? amount : new BigDecimal("0.0001");
        }
    }
}
