package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Donchian Channels: upper = highest high, lower = lowest low over the last n bars (current included),
 * middle = their mean (as TradingView and ta4j). Lookback {@code period - 1}; NaN before. Monotonic deques,
 * O(1) amortized per bar.
 */
public final class Donchian {

    private Donchian() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static Bands compute(BarSeries bars, int period) {
        return compute(bars.highs(), bars.lows(), bars.size(), period, null);
    }

    public static Bands compute(double[] high, double[] low, int n, int period, Bands out) {
        Inputs.require(period, "Donchian period");
        Inputs.requireCount(n, Math.min(high.length, low.length), "Donchian input");
        out = Bands.allocate(out, n, "Donchian");
        double[] u = out.upper(), m = out.middle(), l = out.lower();
        Kernel k = new Kernel(period);
        for (int i = 0; i < n; i++) {
            k.live(high[i], low[i]);
            u[i] = k.upper;
            m[i] = k.middle;
            l[i] = k.lower;
            k.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period) {
        Inputs.require(period, "Donchian period");
        return new KernelStream(new Kernel(period), "DC(" + period + ")", "upper", "middle", "lower");
    }

    private static final class Kernel implements BarKernel {
        private final WindowExtreme highest;
        private final WindowExtreme lowest;
        double upper;
        double middle;
        double lower;

        Kernel(int period) {
            highest = WindowExtreme.highest(period);
            lowest = WindowExtreme.lowest(period);
        }

        void live(double high, double low) {
            upper = highest.live(high);
            lower = lowest.live(low);
            middle = (upper + lower) / 2;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(high, low);
        }

        @Override
        public void commit() {
            highest.commit();
            lowest.commit();
        }

        @Override
        public double output(int index) {
            return switch (index) {
                case 0 -> upper;
                case 1 -> middle;
                default -> lower;
            };
        }
    }
}
