package dev.meridian.core.indicators;

/**
 * Relative Strength Index with Wilder smoothing, as TA-Lib computes it: average gain and loss are seeded
 * with the simple mean of the first n price changes, then avg = (avg*(n-1) + x)/n; RSI = 100*g/(g+l), and 0
 * when both averages are zero. Lookback {@code period} (one bar is spent on the first change); NaN before.
 */
public final class Rsi {

    private Rsi() {
    }

    public static int lookback(int period) {
        return period;
    }

    public static double[] compute(double[] in, int period) {
        return compute(in, in.length, period, null);
    }

    public static double[] compute(double[] in, int n, int period, double[] out) {
        Inputs.require(period, "RSI period");
        Inputs.requireCount(n, in.length, "RSI input");
        out = Inputs.output(out, n, "RSI output");
        Kernel k = new Kernel(period, PriceSource.CLOSE);
        for (int i = 0; i < n; i++) {
            out[i] = k.live(in[i]);
            k.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period, PriceSource source) {
        Inputs.require(period, "RSI period");
        return new KernelStream(new Kernel(period, source), "RSI(" + period + ")", "rsi");
    }

    /** RSI of a price stream; also the first stage of Stochastic RSI. */
    static final class Kernel implements BarKernel {
        private final PriceSource source;
        private final Smoothing gain;
        private final Smoothing loss;
        private boolean hasPrevious;
        private double previous;
        private double pendingX;
        private double rsi;

        Kernel(int period, PriceSource source) {
            this.source = source;
            this.gain = Smoothing.wilder(period);
            this.loss = Smoothing.wilder(period);
        }

        double live(double x) {
            pendingX = x;
            double change = hasPrevious ? x - previous : Double.NaN;
            double g = gain.live(change > 0 ? change : Double.isNaN(change) ? Double.NaN : 0);
            double l = loss.live(change < 0 ? -change : Double.isNaN(change) ? Double.NaN : 0);
            if (Double.isNaN(g)) {
                rsi = Double.NaN;
            } else {
                double sum = g + l;
                rsi = sum != 0 ? 100.0 * (g / sum) : 0;
            }
            return rsi;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(source.of(open, high, low, close));
        }

        @Override
        public void commit() {
            gain.commit();
            loss.commit();
            if (hasPrevious || !Double.isNaN(pendingX)) {
                previous = pendingX;
                hasPrevious = true;
            }
        }

        @Override
        public double output(int k) {
            return rsi;
        }
    }
}
