package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Average True Range with Wilder smoothing, as TA-Lib's ATR: true range needs the previous close, so it
 * starts at bar 1; the first ATR (bar n) is the mean of TR[1..n], then atr = (atr*(n-1) + tr)/n.
 * Lookback {@code period}; NaN before. Bars must be finite.
 */
public final class Atr {

    private Atr() {
    }

    public static int lookback(int period) {
        return period;
    }

    public static double[] compute(BarSeries bars, int period) {
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.size(), period, null);
    }

    public static double[] compute(double[] high, double[] low, double[] close, int n, int period, double[] out) {
        Inputs.require(period, "ATR period");
        Inputs.requireCount(n, Math.min(high.length, Math.min(low.length, close.length)), "ATR input");
        out = Inputs.output(out, n, "ATR output");
        java.util.Arrays.fill(out, 0, Math.min(n, period), Double.NaN);
        if (period >= n) return out;
        // A tight loop with exactly the arithmetic of Kernel (Smoothing.wilder), so streaming agrees bit for bit.
        double sum = 0;
        for (int i = 1; i <= period; i++) sum += trueRange(high[i], low[i], close[i - 1]);
        double atr = sum / period;
        out[period] = atr;
        double decay = (period - 1) / (double) period;
        double weight = 1.0 / period;
        for (int i = period + 1; i < n; i++) {
            atr = decay * atr + weight * trueRange(high[i], low[i], close[i - 1]);
            out[i] = atr;
        }
        return out;
    }

    public static StreamingIndicator stream(int period) {
        Inputs.require(period, "ATR period");
        return new KernelStream(new Kernel(period), "ATR(" + period + ")", "atr");
    }

    static double trueRange(double high, double low, double previousClose) {
        return Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
    }

    /** ATR stage; also used by Keltner Channels. */
    static final class Kernel implements BarKernel {
        private final Smoothing average;
        private boolean hasPrevious;
        private double previousClose;
        private double pendingClose;
        private double atr;

        Kernel(int period) {
            this.average = Smoothing.wilder(period);
        }

        double live(double high, double low, double close) {
            pendingClose = close;
            atr = average.live(hasPrevious ? trueRange(high, low, previousClose) : Double.NaN);
            return atr;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(high, low, close);
        }

        @Override
        public void commit() {
            average.commit();
            previousClose = pendingClose;
            hasPrevious = true;
        }

        @Override
        public double output(int k) {
            return atr;
        }
    }
}
