package dev.meridian.core.indicators;

/**
 * Bollinger Bands: middle = SMA(n), upper/lower = middle &plusmn; k * population standard deviation over the
 * same n bars (TA-Lib BBANDS with MA type SMA; ta4j's StandardDeviationIndicator is population too).
 * Lookback {@code period - 1}; NaN before. Mean and variance come from shifted windowed sums, O(1) per bar.
 */
public final class Bollinger {

    private Bollinger() {
    }

    public static int lookback(int period) {
        return period - 1;
    }

    public static Bands compute(double[] in, int period, double k) {
        return compute(in, in.length, period, k, null);
    }

    public static Bands compute(double[] in, int n, int period, double k, Bands out) {
        validate(period, k);
        Inputs.requireCount(n, in.length, "Bollinger input");
        out = Bands.allocate(out, n, "Bollinger");
        double[] u = out.upper(), m = out.middle(), l = out.lower();
        Kernel kernel = new Kernel(period, k, PriceSource.CLOSE);
        for (int i = 0; i < n; i++) {
            kernel.live(in[i]);
            u[i] = kernel.upper;
            m[i] = kernel.middle;
            l[i] = kernel.lower;
            kernel.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period, double k, PriceSource source) {
        validate(period, k);
        return new KernelStream(new Kernel(period, k, source), "BB(" + period + "," + k + ")", "upper", "middle", "lower");
    }

    private static void validate(int period, double k) {
        Inputs.require(period, "Bollinger period");
        Inputs.requirePositive(k, "Bollinger deviation multiplier");
    }

    private static final class Kernel implements BarKernel {
        private final PriceSource source;
        private final WindowMoments moments;
        private final double k;
        double upper;
        double middle;
        double lower;

        Kernel(int period, double k, PriceSource source) {
            this.source = source;
            this.moments = new WindowMoments(period);
            this.k = k;
        }

        void live(double x) {
            if (!moments.live(x)) {
                upper = middle = lower = Double.NaN;
                return;
            }
            middle = moments.mean();
            double width = k * Math.sqrt(moments.variance());
            upper = middle + width;
            lower = middle - width;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(source.of(open, high, low, close));
        }

        @Override
        public void commit() {
            moments.commit();
        }

        @Override
        public double output(int index) {
            return switch (index) {
                case 0 -> upper;
                case 1 -> middle;
                default -> lower;
            };
        }
    }
}
