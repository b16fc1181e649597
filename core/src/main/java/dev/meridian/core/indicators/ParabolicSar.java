package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Parabolic SAR, step for step as TA-Lib's SAR: the first value is at bar 1; the initial direction is short
 * when bar 1 has a positive -DM (bar 0 to bar 1) and long otherwise, the initial SAR is bar 0's low (long)
 * or high (short) and the extreme point bar 1's high (long) or low (short). The acceleration factor starts
 * at {@code acceleration}, grows by it on each new extreme and is capped at {@code maximum}; on a reversal the
 * SAR jumps to the extreme point. Output i is the SAR in force during bar i. Lookback 1.
 */
public final class ParabolicSar {

    private ParabolicSar() {
    }

    public static int lookback() {
        return 1;
    }

    public static double[] compute(BarSeries bars, double acceleration, double maximum) {
        return compute(bars.highs(), bars.lows(), bars.size(), acceleration, maximum, null);
    }

    public static double[] compute(double[] high, double[] low, int n, double acceleration, double maximum, double[] out) {
        validate(acceleration, maximum);
        Inputs.requireCount(n, Math.min(high.length, low.length), "SAR input");
        out = Inputs.output(out, n, "SAR output");
        Kernel k = new Kernel(acceleration, maximum);
        for (int i = 0; i < n; i++) {
            out[i] = k.live(high[i], low[i]);
            k.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(double acceleration, double maximum) {
        validate(acceleration, maximum);
        return new KernelStream(new Kernel(acceleration, maximum), "SAR(" + acceleration + "," + maximum + ")", "sar");
    }

    private static void validate(double acceleration, double maximum) {
        Inputs.requirePositive(acceleration, "SAR acceleration");
        Inputs.requirePositive(maximum, "SAR maximum");
        if (maximum < acceleration) {
            throw new IllegalArgumentException("SAR maximum (" + maximum + ") is below the acceleration (" + acceleration + ")");
        }
    }

    private static final class Kernel implements BarKernel {
        private final double step;
        private final double maximum;
        private int count;
        private boolean isLong;
        private double sar;
        private double ep;
        private double af;
        private double lastHigh;
        private double lastLow;

        private double pendingHigh;
        private double pendingLow;
        private boolean nextLong;
        private double nextSar;
        private double nextEp;
        private double nextAf;
        private double output;

        Kernel(double step, double maximum) {
            this.step = step;
            this.maximum = maximum;
        }

        double live(double high, double low) {
            pendingHigh = high;
            pendingLow = low;
            if (count == 0) return output = Double.NaN;
            boolean lng;
            double s;
            double e;
            double a;
            double prevHigh;
            double prevLow;
            if (count == 1) {
                double up = high - lastHigh;
                double down = lastLow - low;
                double minusDm = down > 0 && up < down ? down : 0;
                lng = !(minusDm > 0);
                e = lng ? high : low;
                s = lng ? lastLow : lastHigh;
                a = step;
                // TA-Lib's first step compares against bar 1 itself, not bar 0.
                prevHigh = high;
                prevLow = low;
            } else {
                lng = isLong;
                s = sar;
                e = ep;
                a = af;
                prevHigh = lastHigh;
                prevLow = lastLow;
            }
            if (lng) {
                if (low <= s) {
                    lng = false;
                    s = Math.max(e, Math.max(prevHigh, high));
                    output = s;
                    a = step;
                    e = low;
                    s = Math.max(s + a * (e - s), Math.max(prevHigh, high));
                } else {
                    output = s;
                    if (high > e) {
                        e = high;
                        a = Math.min(a + step, maximum);
                    }
                    s = Math.min(s + a * (e - s), Math.min(prevLow, low));
                }
            } else {
                if (high >= s) {
                    lng = true;
                    s = Math.min(e, Math.min(prevLow, low));
                    output = s;
                    a = step;
                    e = high;
                    s = Math.min(s + a * (e - s), Math.min(prevLow, low));
                } else {
                    output = s;
                    if (low < e) {
                        e = low;
                        a = Math.min(a + step, maximum);
                    }
                    s = Math.max(s + a * (e - s), Math.max(prevHigh, high));
                }
            }
            nextLong = lng;
            nextSar = s;
            nextEp = e;
            nextAf = a;
            return output;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(high, low);
        }

        @Override
        public void commit() {
            if (count > 0) {
                isLong = nextLong;
                sar = nextSar;
                ep = nextEp;
                af = nextAf;
            }
            lastHigh = pendingHigh;
            lastLow = pendingLow;
            count++;
        }

        @Override
        public double output(int k) {
            return output;
        }
    }
}
