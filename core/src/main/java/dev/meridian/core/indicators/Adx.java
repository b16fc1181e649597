package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Directional Movement (+DI, -DI) and ADX, following TA-Lib's PLUS_DI/MINUS_DI/ADX: +DM/-DM and TR start at
 * bar 1; their Wilder sums are seeded with the plain sum of the first n-1 values and then updated as
 * s = s - s/n + x, so +DI/-DI = 100*sDM/sTR start at bar n. DX = 100*|+DI - -DI|/(+DI + -DI); ADX is DX's
 * Wilder average seeded with the mean of the first n DX values. Lookbacks: DI {@code n}, ADX {@code 2n-1}.
 * Where TA-Lib skips an update because sTR or the DI sum is zero (perfectly flat market), DI and DX are 0 here.
 */
public final class Adx {

    /** The three outputs, each as long as the input. */
    public record Lines(double[] plusDi, double[] minusDi, double[] adx) {
    }

    private Adx() {
    }

    public static int diLookback(int period) {
        return period;
    }

    public static int lookback(int period) {
        return 2 * period - 1;
    }

    public static Lines compute(BarSeries bars, int period) {
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.size(), period, null);
    }

    public static Lines compute(double[] high, double[] low, double[] close, int n, int period, Lines out) {
        Inputs.require(period, "ADX period");
        Inputs.requireCount(n, Math.min(high.length, Math.min(low.length, close.length)), "ADX input");
        double[] p = Inputs.output(out == null ? null : out.plusDi(), n, "+DI output");
        double[] m = Inputs.output(out == null ? null : out.minusDi(), n, "-DI output");
        double[] a = Inputs.output(out == null ? null : out.adx(), n, "ADX output");
        Kernel k = new Kernel(period);
        for (int i = 0; i < n; i++) {
            k.live(high[i], low[i], close[i]);
            p[i] = k.plusDi;
            m[i] = k.minusDi;
            a[i] = k.adx;
            k.commit();
        }
        return out != null ? out : new Lines(p, m, a);
    }

    public static StreamingIndicator stream(int period) {
        Inputs.require(period, "ADX period");
        return new KernelStream(new Kernel(period), "ADX(" + period + ")", "+di", "-di", "adx");
    }

    private static final class Kernel implements BarKernel {
        private final int period;
        private final Smoothing adxAverage;
        private boolean hasPrevious;
        private double previousHigh;
        private double previousLow;
        private double previousClose;
        private int moves;
        private double sumPlus;
        private double sumMinus;
        private double sumTrueRange;

        private double pendingHigh;
        private double pendingLow;
        private double pendingClose;
        private double pendingPlus;
        private double pendingMinus;
        private double pendingTrueRange;
        double plusDi;
        double minusDi;
        double adx;

        Kernel(int period) {
            this.period = period;
            this.adxAverage = Smoothing.wilder(period);
        }

        void live(double high, double low, double close) {
            pendingHigh = high;
            pendingLow = low;
            pendingClose = close;
            plusDi = minusDi = Double.NaN;
            if (!hasPrevious) {
                adx = adxAverage.live(Double.NaN);
                return;
            }
            double up = high - previousHigh;
            double down = previousLow - low;
            double plusDm = up > 0 && up > down ? up : 0;
            double minusDm = down > 0 && up < down ? down : 0;
            double tr = Atr.trueRange(high, low, previousClose);
            if (moves + 1 < period) {
                pendingPlus = sumPlus + plusDm;
                pendingMinus = sumMinus + minusDm;
                pendingTrueRange = sumTrueRange + tr;
                adx = adxAverage.live(Double.NaN);
                return;
            }
            pendingPlus = sumPlus - sumPlus / period + plusDm;
            pendingMinus = sumMinus - sumMinus / period + minusDm;
            pendingTrueRange = sumTrueRange - sumTrueRange / period + tr;
            if (pendingTrueRange != 0) {
                plusDi = 100.0 * (pendingPlus / pendingTrueRange);
                minusDi = 100.0 * (pendingMinus / pendingTrueRange);
            } else {
                plusDi = minusDi = 0;
            }
            double diSum = plusDi + minusDi;
            double dx = diSum != 0 ? 100.0 * (Math.abs(minusDi - plusDi) / diSum) : 0;
            adx = adxAverage.live(dx);
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(high, low, close);
        }

        @Override
        public void commit() {
            adxAverage.commit();
            if (hasPrevious) {
                moves++;
                sumPlus = pendingPlus;
                sumMinus = pendingMinus;
                sumTrueRange = pendingTrueRange;
            }
            previousHigh = pendingHigh;
            previousLow = pendingLow;
            previousClose = pendingClose;
            hasPrevious = true;
        }

        @Override
        public double output(int k) {
            return switch (k) {
                case 0 -> plusDi;
                case 1 -> minusDi;
                default -> adx;
            };
        }
    }
}
