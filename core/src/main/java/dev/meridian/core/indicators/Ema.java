package dev.meridian.core.indicators;

import java.util.Arrays;

/**
 * Exponential moving average, alpha = 2/(n+1). Lookback {@code period - 1}; seeded as TA-Lib does (the first
 * value is the SMA of the first n inputs, TA_COMPATIBILITY_DEFAULT), NaN before. Leading NaN inputs are
 * skipped, so an EMA of another indicator starts n-1 bars after that indicator's first value.
 */
public final class Ema {

    private Ema() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static double[] compute(double[] in, int period) {
        return compute(in, in.length, period, null);
    }

    /** EMA of {@code in[0..n)} into {@code out} (allocated when null). */
    public static double[] compute(double[] in, int n, int period, double[] out) {
        Inputs.require(period, "EMA period");
        Inputs.requireCount(n, in.length, "EMA input");
        out = Inputs.output(out, n, "EMA output");
        int start = Inputs.firstValid(in, n);
        int seedEnd = Math.min(n, start + period - 1);
        Arrays.fill(out, 0, seedEnd, Double.NaN);
        if (seedEnd == n) return out;
        // Same arithmetic, in the same order, as Smoothing.ema: streaming and batch agree bit for bit.
        double sum = 0;
        for (int i = start; i < seedEnd; i++) sum += in[i];
        sum += in[seedEnd];
        double v = sum / period;
        out[seedEnd] = v;
        double alpha = 2.0 / (period + 1);
        double decay = 1 - alpha;
        // (1-a)*v + a*x rather than TA-Lib's v + a*(x-v): the same EMA up to the last bit, but a*x is off the
        // loop-carried dependency chain, so each bar waits for one multiply and one add instead of three ops.
        for (int i = seedEnd + 1; i < n; i++) {
            v = decay * v + alpha * in[i];
            out[i] = v;
        }
        return out;
    }

    public static StreamingIndicator stream(int period, PriceSource source) {
        Inputs.require(period, "EMA period");
        return new Stream(period, source);
    }

    private static final class Stream extends StreamingIndicator {
        private final PriceSource source;
        private final Smoothing ema;

        Stream(int period, PriceSource source) {
            super("EMA(" + period + ")", "ema");
            this.source = source;
            this.ema = Smoothing.ema(period);
        }

        @Override
        protected void computeLive(long time, double open, double high, double low, double close, double volume) {
            set(0, ema.live(source.of(open, high, low, close)));
        }

        @Override
        protected void commitLive() {
            ema.commit();
        }
    }
}
