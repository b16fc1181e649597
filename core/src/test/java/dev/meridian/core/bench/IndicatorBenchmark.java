package dev.meridian.core.bench;

import dev.meridian.core.indicators.Atr;
import dev.meridian.core.indicators.Bands;
import dev.meridian.core.indicators.Bollinger;
import dev.meridian.core.indicators.Ema;
import dev.meridian.core.indicators.Macd;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.SyntheticBars;
import dev.meridian.core.market.BarSeries;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

/**
 * Our indicator kernels against ta4j 0.21 (DoubleNum) on the same 1,000,000 bars, and our EMA against a plain
 * serial loop computing the same TA-Lib-seeded EMA. Prints the median time per bar and the ratios. A
 * measurement to run on demand, not a test: see docs/benchmarks.md for the command.
 */
public final class IndicatorBenchmark {

    private static final int BARS = 1_000_000;
    private static volatile double sink;

    private IndicatorBenchmark() {
    }

    public static void main(String[] args) {
        BarSeries bars = SyntheticBars.generate(2026, BARS);
        org.ta4j.core.BarSeries series = dev.meridian.core.indicators.Ta4j.series(bars);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        double[] c = Arrays.copyOf(bars.closes(), BARS);
        double[] out = new double[BARS];
        Bands bands = new Bands(new double[BARS], new double[BARS], new double[BARS]);
        Macd.Lines macd = new Macd.Lines(new double[BARS], new double[BARS], new double[BARS]);

        System.out.printf(Locale.ROOT, "%d bars, JDK %s, %d cpus%n", BARS, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-22s %12s %12s %10s%n", "indicator", "ours ns/bar", "ta4j ns/bar", "speed-up");
        compare("EMA(20)", () -> Ema.compute(c, BARS, 20, out)[BARS - 1],
                () -> last(new EMAIndicator(close, 20)));
        compare("RSI(14)", () -> Rsi.compute(c, BARS, 14, out)[BARS - 1],
                () -> last(new RSIIndicator(close, 14)));
        compare("MACD(12,26,9)", () -> Macd.compute(c, BARS, 12, 26, 9, macd).histogram()[BARS - 1],
                () -> last(new MACDIndicator(close, 12, 26).getHistogram(9)));
        compare("Bollinger(20,2)", () -> Bollinger.compute(c, BARS, 20, 2, bands).upper()[BARS - 1],
                () -> {
                    BollingerBandsMiddleIndicator mid = new BollingerBandsMiddleIndicator(new SMAIndicator(close, 20));
                    return last(new BollingerBandsUpperIndicator(mid, new StandardDeviationIndicator(close, 20),
                            series.numFactory().numOf(2)));
                });
        compare("ATR(14)", () -> Atr.compute(bars.highs(), bars.lows(), bars.closes(), BARS, 14, out)[BARS - 1],
                () -> last(new ATRIndicator(series, 14)));

        double[] plainOut = new double[BARS];
        System.gc();
        double[] pair = interleavedMedians(() -> Ema.compute(c, BARS, 20, out)[BARS - 1], () -> plainEma(c, 20, plainOut), 50);
        System.out.printf(Locale.ROOT, "%nEMA(20) kernel %.2f ns/bar, plain serial loop %.2f ns/bar: kernel/loop = %.2f%n",
                pair[0], pair[1], pair[0] / pair[1]);
        double[] sameForm = interleavedMedians(() -> Ema.compute(c, BARS, 20, out)[BARS - 1],
                () -> plainEmaDecayForm(c, 20, plainOut), 50);
        System.out.printf(Locale.ROOT, "EMA(20) kernel %.2f ns/bar, plain loop in the kernel's (1-a)*v + a*x form %.2f ns/bar: kernel/loop = %.2f%n",
                sameForm[0], sameForm[1], sameForm[0] / sameForm[1]);
        System.out.println("identical output to that loop: " + Arrays.equals(out, plainOut));
        plainEma(c, 20, plainOut);
        double worst = 0;
        for (int i = 19; i < BARS; i++) worst = Math.max(worst, Math.abs(out[i] - plainOut[i]) / Math.abs(plainOut[i]));
        System.out.printf(Locale.ROOT, "largest relative difference between the two EMAs: %.1e%n", worst);
    }

    private static void compare(String name, DoubleSupplier ours, DoubleSupplier ta4j) {
        double ta4jNs = medianNanosPerBar(ta4j, 3);
        // ta4j leaves ~1M cached Num objects behind: collect them so their GC does not land in our timing.
        System.gc();
        double oursNs = medianNanosPerBar(ours, 30);
        System.out.printf(Locale.ROOT, "%-22s %12.2f %12.2f %9.0fx%n", name, oursNs, ta4jNs, ta4jNs / oursNs);
    }

    /** Median over {@code runs} timed runs, after as many untimed warm-up runs. */
    private static double medianNanosPerBar(DoubleSupplier run, int runs) {
        for (int i = 0; i < runs; i++) sink += run.getAsDouble();
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += run.getAsDouble();
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        return (double) times[runs / 2] / BARS;
    }

    /** Medians of two workloads timed alternately, so machine load affects both alike. */
    private static double[] interleavedMedians(DoubleSupplier a, DoubleSupplier b, int runs) {
        for (int i = 0; i < runs; i++) sink += a.getAsDouble() + b.getAsDouble();
        long[] ta = new long[runs];
        long[] tb = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += a.getAsDouble();
            long t1 = System.nanoTime();
            sink += b.getAsDouble();
            ta[i] = t1 - t0;
            tb[i] = System.nanoTime() - t1;
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        return new double[] {(double) ta[runs / 2] / BARS, (double) tb[runs / 2] / BARS};
    }

    /** ta4j caches per indicator instance: a fresh indicator per run evaluated bar by bar, as a chart would. */
    private static double last(Indicator<Num> indicator) {
        double v = 0;
        for (int i = 0; i < BARS; i++) v = indicator.getValue(i).doubleValue();
        return v;
    }

    /** The same loop with the update written as the kernel writes it. */
    private static double plainEmaDecayForm(double[] in, int period, double[] out) {
        double alpha = 2.0 / (period + 1);
        double decay = 1 - alpha;
        double sum = 0;
        for (int i = 0; i < period - 1; i++) {
            sum += in[i];
            out[i] = Double.NaN;
        }
        sum += in[period - 1];
        double v = sum / period;
        out[period - 1] = v;
        for (int i = period; i < in.length; i++) {
            v = decay * v + alpha * in[i];
            out[i] = v;
        }
        return out[in.length - 1];
    }

    /** The textbook loop, as TA-Lib writes it: SMA of the first n values, then v += alpha * (x - v). */
    private static double plainEma(double[] in, int period, double[] out) {
        double alpha = 2.0 / (period + 1);
        double sum = 0;
        for (int i = 0; i < period - 1; i++) {
            sum += in[i];
            out[i] = Double.NaN;
        }
        sum += in[period - 1];
        double v = sum / period;
        out[period - 1] = v;
        for (int i = period; i < in.length; i++) {
            v = v + alpha * (in[i] - v);
            out[i] = v;
        }
        return out[in.length - 1];
    }
}
