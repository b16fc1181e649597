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
        int start = Inputs.firstValid(in, n);
        int first = start + period;
        java.util.Arrays.fill(out, 0, Math.min(n, first), Double.NaN);
        if (first >= n) return out;
        // A tight loop with exactly the arithmetic of Kernel (Smoothing.wilder), so streaming agrees bit for bit.
        double gains = 0;
        double losses = 0;
        for (int i = start + 1; i <= first; i++) {
            double change = in[i] - in[i - 1];
            gains += Math.max(change, 0);
            losses += Math.max(-change, 0);
        }
        double g = gains / period;
        double l = losses / period;
        out[first] = rsi(g, l);
        double decay = (period - 1) / (double) period;
        double weight = 1.0 / period;
        for (int i = first + 1; i < n; i++) {
            double change = in[i] - in[i - 1];
            // Math.max compiles branch-free; a price walk's up/down pattern defeats the branch predictor.
            g = decay * g + weight * Math.max(change, 0);
            l = decay * l + weight * Math.max(-change, 0);
            out[i] = rsi(g, l);
        }
        return out;
    }

    private static double rsi(double g, double l) {
        double sum = g + l;
        return sum != 0 ? 100.0 * (g / sum) : 0;
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
            double g = gain.live(Math.max(change, 0));
            double l = loss.live(Math.max(-change, 0));
            rsi = Double.isNaN(g) ? Double.NaN : rsi(g, l);
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
