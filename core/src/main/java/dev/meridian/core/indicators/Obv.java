package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * On-Balance Volume, as TA-Lib's OBV: starts at the first bar's volume, then adds the volume on an up close,
 * subtracts it on a down close, keeps it on an unchanged close. Lookback 0. (ta4j starts at 0 instead, a
 * constant offset of volume[0].)
 */
public final class Obv {

    private Obv() {
    }

    public static int lookback() {
        return 0;
    }

    public static double[] compute(BarSeries bars) {
        return compute(bars.closes(), bars.volumes(), bars.size(), null);
    }

    public static double[] compute(double[] close, double[] volume, int n, double[] out) {
        Inputs.requireCount(n, Math.min(close.length, volume.length), "OBV input");
        out = Inputs.output(out, n, "OBV output");
        Kernel k = new Kernel();
        for (int i = 0; i < n; i++) {
            out[i] = k.live(close[i], volume[i]);
            k.commit();
        }
        return out;
    }

    public static StreamingIndicator stream() {
        return new KernelStream(new Kernel(), "OBV", "obv");
    }

    private static final class Kernel implements BarKernel {
        private boolean hasPrevious;
        private double previousClose;
        private double committed;
        private double pendingClose;
        private double obv;

        double live(double close, double volume) {
            pendingClose = close;
            if (!hasPrevious) {
                obv = volume;
            } else if (close > previousClose) {
                obv = committed + volume;
            } else if (close < previousClose) {
                obv = committed - volume;
            } else {
                obv = committed;
            }
            return obv;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(close, volume);
        }

        @Override
        public void commit() {
            committed = obv;
            previousClose = pendingClose;
            hasPrevious = true;
        }

        @Override
        public double output(int k) {
            return obv;
        }
    }
}
