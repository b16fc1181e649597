package dev.meridian.core.portfolio.risk;

import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.performance.ReturnSeries;
import java.time.LocalDate;

/**
 * Risk figures from daily time-weighted returns ({@link dev.meridian.core.portfolio.performance.TimeWeightedReturn#daily}).
 * With {@code N} periods a year and {@code rf} the annual risk-free rate (a fraction), the daily
 * risk-free rate is {@code rf / N} and:
 * <ul>
 *   <li>volatility = sample standard deviation of daily returns * sqrt(N);</li>
 *   <li>Sharpe = mean(r - rf/N) / sd(r) * sqrt(N);</li>
 *   <li>Sortino = mean(r - rf/N) / sqrt(mean(min(0, r - rf/N)^2)) * sqrt(N) (downside deviation over all days);</li>
 *   <li>beta = cov(r, b) / var(b), correlation = cov(r, b) / (sd(r) sd(b)), sample moments.</li>
 * </ul>
 */
public final class RiskMetrics {

    private RiskMetrics() {}

    public static RiskReport of(int startEpochDay, ReturnSeries daily, AnnualizationBasis basis, double riskFreeRate) {
        double[] r = requireReturns(daily.returns(), 2);
        return new RiskReport(volatility(r, basis), maxDrawdown(startEpochDay, daily), sharpe(r, basis, riskFreeRate),
                sortino(r, basis, riskFreeRate), basis, riskFreeRate);
    }

    public static double volatility(double[] r, AnnualizationBasis basis) {
        return sampleSd(requireReturns(r, 2)) * Math.sqrt(basis.periodsPerYear());
    }

    public static double sharpe(double[] r, AnnualizationBasis basis, double riskFreeRate) {
        double sd = sampleSd(requireReturns(r, 2));
        if (sd == 0) throw new IllegalArgumentException("Sharpe ratio is undefined: the returns never vary");
        return meanExcess(r, basis, riskFreeRate) / sd * Math.sqrt(basis.periodsPerYear());
    }

    public static double sortino(double[] r, AnnualizationBasis basis, double riskFreeRate) {
        double daily = riskFreeRate / basis.periodsPerYear();
        double sum = 0;
        for (double x : requireReturns(r, 1)) {
            double shortfall = Math.min(0, x - daily);
            sum += shortfall * shortfall;
        }
        double downside = Math.sqrt(sum / r.length);
        if (downside == 0) throw new IllegalArgumentException("Sortino ratio is undefined: no return fell below the risk-free rate");
        return meanExcess(r, basis, riskFreeRate) / downside * Math.sqrt(basis.periodsPerYear());
    }

    /** The deepest peak-to-trough fall of the cumulative index that starts at 1 on {@code startEpochDay}. */
    public static Drawdown maxDrawdown(int startEpochDay, ReturnSeries daily) {
        double index = 1;
        double peak = 1;
        int peakDay = startEpochDay;
        double worst = 0;
        int worstPeak = startEpochDay;
        int worstTrough = startEpochDay;
        for (int i = 0; i < daily.size(); i++) {
            index *= 1 + daily.returns()[i];
            if (index >= peak) {
                peak = index;
                peakDay = daily.epochDays()[i];
            } else if (1 - index / peak > worst) {
                worst = 1 - index / peak;
                worstPeak = peakDay;
                worstTrough = daily.epochDays()[i];
            }
        }
        if (worst == 0) return new Drawdown(0, day(startEpochDay), day(startEpochDay), day(startEpochDay), 0);
        Integer recovery = recoveryDay(daily, worstPeak, worstTrough, startEpochDay);
        int end = recovery != null ? recovery : daily.epochDays()[daily.size() - 1];
        return new Drawdown(worst, day(worstPeak), day(worstTrough), recovery == null ? null : day(recovery), end - worstPeak);
    }

    private static Integer recoveryDay(ReturnSeries daily, int peakDay, int troughDay, int startEpochDay) {
        double index = 1;
        double peakLevel = peakDay == startEpochDay ? 1 : Double.NaN;
        for (int i = 0; i < daily.size(); i++) {
            index *= 1 + daily.returns()[i];
            int d = daily.epochDays()[i];
            if (d == peakDay) peakLevel = index;
            if (d > troughDay && index >= peakLevel) return d;
        }
        return null;
    }

    /** Compares with a benchmark's daily closes, carried forward onto the series' days. */
    public static BenchmarkComparison compare(int startEpochDay, ReturnSeries daily, DailyCloses benchmark) {
        int n = daily.size();
        double[] b = new double[n];
        double previous = benchmarkClose(benchmark, startEpochDay);
        for (int i = 0; i < n; i++) {
            double close = benchmarkClose(benchmark, daily.epochDays()[i]);
            b[i] = close / previous - 1;
            previous = close;
        }
        double[] r = requireReturns(daily.returns(), 2);
        double mr = mean(r);
        double mb = mean(b);
        double cov = 0;
        double varR = 0;
        double varB = 0;
        for (int i = 0; i < n; i++) {
            cov += (r[i] - mr) * (b[i] - mb);
            varR += (r[i] - mr) * (r[i] - mr);
            varB += (b[i] - mb) * (b[i] - mb);
        }
        if (varB == 0) throw new IllegalArgumentException("Beta is undefined: the benchmark never moves in this period");
        return new BenchmarkComparison(cov / varB, varR == 0 ? 0 : cov / Math.sqrt(varR * varB), n);
    }

    private static double benchmarkClose(DailyCloses benchmark, int epochDay) {
        int i = benchmark.indexOnOrBefore(epochDay);
        if (i < 0) throw new IllegalArgumentException("The benchmark has no close on or before " + day(epochDay));
        return benchmark.close(i);
    }

    private static double meanExcess(double[] r, AnnualizationBasis basis, double riskFreeRate) {
        return mean(r) - riskFreeRate / basis.periodsPerYear();
    }

    private static double mean(double[] r) {
        double s = 0;
        for (double x : r) s += x;
        return s / r.length;
    }

    private static double sampleSd(double[] r) {
        double m = mean(r);
        double s = 0;
        for (double x : r) s += (x - m) * (x - m);
        return Math.sqrt(s / (r.length - 1));
    }

    private static double[] requireReturns(double[] r, int min) {
        if (r.length < min) throw new IllegalArgumentException("Needs at least " + min + " daily returns, got " + r.length);
        return r;
    }

    private static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
