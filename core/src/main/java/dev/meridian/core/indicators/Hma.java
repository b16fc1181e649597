package dev.meridian.core.indicators;

/**
 * Hull moving average: WMA(2*WMA(x, n/2) - WMA(x, n), floor(sqrt(n))), with n/2 rounded down (Alan Hull's
 * definition as implemented by TradingView's ta.hma and ta4j's HMAIndicator; TA-Lib has no HMA).
 * Lookback {@code (n - 1) + (floor(sqrt(n)) - 1)}; NaN before. Needs n &ge; 2.
 */
public final class Hma {

    private Hma() {
    }

    public static int lookback(int period) {
        return period - 1 + sqrtPeriod(period) - 1;
    }

    static int sqrtPeriod(int period) {
        return (int) Math.floor(Math.sqrt(period));
    }

    public static double[] compute(double[] in, int period) {
        return compute(in, in.length, period, null);
    }

    public static double[] compute(double[] in, int n, int period, double[] out) {
        requirePeriod(period);
        Inputs.requireCount(n, in.length, "HMA input");
        out = Inputs.output(out, n, "HMA output");
        Stages stages = new Stages(period);
        for (int i = 0; i < n; i++) {
            out[i] = stages.live(in[i]);
            stages.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period, PriceSource source) {
        requirePeriod(period);
        return new Stream(period, source);
    }

    private static void requirePeriod(int period) {
        if (period < 2) throw new IllegalArgumentException("HMA period must be at least 2, was " + period);
    }

    private static final class Stages {
        private final WindowWeightedSum half;
        private final WindowWeightedSum full;
        private final WindowWeightedSum outer;

        Stages(int period) {
            half = new WindowWeightedSum(period / 2);
            full = new WindowWeightedSum(period);
            outer = new WindowWeightedSum(sqrtPeriod(period));
        }

        double live(double x) {
            double h = half.live(x);
            double f = full.live(x);
            return outer.live(2 * h - f);
        }

        void commit() {
            half.commit();
            full.commit();
            outer.commit();
        }
    }

    private static final class Stream extends StreamingIndicator {
        private final PriceSource source;
        private final Stages stages;

        Stream(int period, PriceSource source) {
            super("HMA(" + period + ")", "hma");
            this.source = source;
            this.stages = new Stages(period);
        }

        @Override
        protected void computeLive(long time, double open, double high, double low, double close, double volume) {
            set(0, stages.live(source.of(open, high, low, close)));
        }

        @Override
        protected void commitLive() {
            stages.commit();
        }
    }
}
