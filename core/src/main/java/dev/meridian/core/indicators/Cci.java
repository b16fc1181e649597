package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Commodity Channel Index, as TA-Lib's CCI: typical price TP = (H+L+C)/3, CCI = (TP - SMA(TP)) /
 * (0.015 * mean absolute deviation of TP from that SMA), and 0 when the deviation is zero. Lookback
 * {@code period - 1}; NaN before. The mean deviation is measured around the current mean, which moves every
 * bar, so it has no O(1) update: this is the one kernel that costs O(n) per bar (n is typically 20). A window
 * of identical prices gives exactly 0 (naive summation leaves rounding noise that TA-Lib and ta4j turn into
 * spurious values such as &plusmn;66.7).
 */
public final class Cci {

    private Cci() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static double[] compute(BarSeries bars, int period) {
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.size(), period, null);
    }

    public static double[] compute(double[] high, double[] low, double[] close, int n, int period, double[] out) {
        Inputs.require(period, "CCI period");
        Inputs.requireCount(n, Math.min(high.length, Math.min(low.length, close.length)), "CCI input");
        out = Inputs.output(out, n, "CCI output");
        Kernel k = new Kernel(period);
        for (int i = 0; i < n; i++) {
            out[i] = k.live((high[i] + low[i] + close[i]) / 3);
            k.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period) {
        Inputs.require(period, "CCI period");
        return new KernelStream(new Kernel(period), "CCI(" + period + ")", "cci");
    }

    private static final class Kernel implements BarKernel {
        private final int period;
        private final double[] ring;
        private int count;
        private double pendingTp;
        private double cci;

        Kernel(int period) {
            this.period = period;
            this.ring = new double[period - 1];
        }

        double live(double tp) {
            pendingTp = tp;
            if (count + 1 < period) return cci = Double.NaN;
            int cap = ring.length;
            // Summing deviations from tp keeps a flat window's mean exactly tp, so its CCI is exactly 0.
            double offset = 0;
            for (int k = 0; k < cap; k++) offset += ring[(count + k) % cap] - tp;
            double mean = tp + offset / period;
            double deviation = Math.abs(tp - mean);
            for (int k = 0; k < cap; k++) deviation += Math.abs(ring[(count + k) % cap] - mean);
            cci = deviation != 0 ? (tp - mean) / (0.015 * (deviation / period)) : 0;
            return cci;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live((high + low + close) / 3);
        }

        @Override
        public void commit() {
            if (ring.length > 0) ring[count % ring.length] = pendingTp;
            count++;
        }

        @Override
        public double output(int k) {
            return cci;
        }
    }
}
