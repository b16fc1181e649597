package dev.meridian.core.indicators;

/**
 * Linearly weighted moving average, weights 1..n with the newest bar heaviest. Lookback {@code period - 1}
 * (TA-Lib WMA); NaN before. O(1) per bar with periodic exact re-summation.
 */
public final class Wma {

    private Wma() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static double[] compute(double[] in, int period) {
        return compute(in, in.length, period, null);
    }

    /** WMA of {@code in[0..n)} into {@code out} (allocated when null); leading NaN inputs are skipped. */
    public static double[] compute(double[] in, int n, int period, double[] out) {
        Inputs.require(period, "WMA period");
        Inputs.requireCount(n, in.length, "WMA input");
        out = Inputs.output(out, n, "WMA output");
        WindowWeightedSum wma = new WindowWeightedSum(period);
        for (int i = 0; i < n; i++) {
            out[i] = wma.live(in[i]);
            wma.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period, PriceSource source) {
        Inputs.require(period, "WMA period");
        return new Stream(period, source);
    }

    private static final class Stream extends StreamingIndicator {
        private final PriceSource source;
        private final WindowWeightedSum wma;

        Stream(int period, PriceSource source) {
            super("WMA(" + period + ")", "wma");
            this.source = source;
            this.wma = new WindowWeightedSum(period);
        }

        @Override
        protected void computeLive(long time, double open, double high, double low, double close, double volume) {
            set(0, wma.live(source.of(open, high, low, close)));
        }

        @Override
        protected void commitLive() {
            wma.commit();
        }
    }
}
