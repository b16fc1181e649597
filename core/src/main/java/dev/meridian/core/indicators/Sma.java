package dev.meridian.core.indicators;

/**
 * Simple moving average. Lookback {@code period - 1} (TA-Lib SMA); NaN before. Windowed sum in O(1) per bar
 * with periodic exact re-summation.
 */
public final class Sma {

    private Sma() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static double[] compute(double[] in, int period) {
        return compute(in, in.length, period, null);
    }

    /** SMA of {@code in[0..n)} into {@code out} (allocated when null); leading NaN inputs are skipped. */
    public static double[] compute(double[] in, int n, int period, double[] out) {
        Inputs.require(period, "SMA period");
        Inputs.requireCount(n, in.length, "SMA input");
        out = Inputs.output(out, n, "SMA output");
        WindowSum sum = new WindowSum(period);
        for (int i = 0; i < n; i++) {
            out[i] = sum.live(in[i]) / period;
            sum.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period, PriceSource source) {
        Inputs.require(period, "SMA period");
        return new Stream(period, source);
    }

    private static final class Stream extends StreamingIndicator {
        private final int period;
        private final PriceSource source;
        private final WindowSum sum;

        Stream(int period, PriceSource source) {
            super("SMA(" + period + ")", "sma");
            this.period = period;
            this.source = source;
            this.sum = new WindowSum(period);
        }

        @Override
        protected void computeLive(long time, double open, double high, double low, double close, double volume) {
            set(0, sum.live(source.of(open, high, low, close)) / period);
        }

        @Override
        protected void commitLive() {
            sum.commit();
        }
    }
}
