package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Williams %R, as TA-Lib's WILLR: -100 * (HH - C) / (HH - LL) over the last n bars, 0 when HH == LL. Range
 * -100..0. Lookback {@code period - 1}; NaN before.
 */
public final class WilliamsR {

    private WilliamsR() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static double[] compute(BarSeries bars, int period) {
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.size(), period, null);
    }

    public static double[] compute(double[] high, double[] low, double[] close, int n, int period, double[] out) {
        Inputs.require(period, "Williams %R period");
        Inputs.requireCount(n, Math.min(high.length, Math.min(low.length, close.length)), "Williams %R input");
        out = Inputs.output(out, n, "Williams %R output");
        Kernel k = new Kernel(period);
        for (int i = 0; i < n; i++) {
            out[i] = k.live(high[i], low[i], close[i]);
            k.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period) {
        Inputs.require(period, "Williams %R period");
        return new KernelStream(new Kernel(period), "%R(" + period + ")", "wr");
    }

    private static final class Kernel implements BarKernel {
        private final WindowExtreme highest;
        private final WindowExtreme lowest;
        private double value;

        Kernel(int period) {
            highest = WindowExtreme.highest(period);
            lowest = WindowExtreme.lowest(period);
        }

        double live(double high, double low, double close) {
            double hh = highest.live(high);
            double ll = lowest.live(low);
            double range = (hh - ll) * -0.01;
            value = Double.isNaN(range) ? Double.NaN : range != 0 ? (hh - close) / range : 0;
            return value;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(high, low, close);
        }

        @Override
        public void commit() {
            highest.commit();
            lowest.commit();
        }

        @Override
        public double output(int k) {
            return value;
        }
    }
}
