package dev.meridian.core.indicators;

/**
 * MACD: line = EMA(fast) - EMA(slow), signal = EMA(line, signal), histogram = line - signal. EMAs are
 * TA-Lib EMAs (SMA-seeded, alpha 2/(n+1)), and like TA-Lib's TA_MACD the fast EMA is seeded on the
 * {@code fast} inputs ending where the slow EMA starts (bar slow-1), not on the first {@code fast} inputs.
 * Lookbacks: line {@code slow-1}; signal and histogram {@code slow-1 + signal-1}. (TA-Lib also blanks the
 * line until the signal starts; here the line is given from its own first value.)
 */
public final class Macd {

    /** The three MACD outputs, each as long as the input. */
    public record Lines(double[] macd, double[] signal, double[] histogram) {
    }

    private Macd() {
    }

    public static int lookback(int fast, int slow, int signal) {
        return slow - 1 + signal - 1;
    }

    public static Lines compute(double[] in, int fast, int slow, int signal) {
        return compute(in, in.length, fast, slow, signal, null);
    }

    public static Lines compute(double[] in, int n, int fast, int slow, int signal, Lines out) {
        validate(fast, slow, signal);
        Inputs.requireCount(n, in.length, "MACD input");
        double[] m = Inputs.output(out == null ? null : out.macd(), n, "MACD line output");
        double[] s = Inputs.output(out == null ? null : out.signal(), n, "MACD signal output");
        double[] h = Inputs.output(out == null ? null : out.histogram(), n, "MACD histogram output");
        Lines result = out != null ? out : new Lines(m, s, h);
        int start = Inputs.firstValid(in, n);
        int lineStart = start + slow - 1;
        int signalStart = lineStart + signal - 1;
        java.util.Arrays.fill(m, 0, Math.min(n, lineStart), Double.NaN);
        java.util.Arrays.fill(s, 0, Math.min(n, signalStart), Double.NaN);
        java.util.Arrays.fill(h, 0, Math.min(n, signalStart), Double.NaN);
        if (lineStart >= n) return result;
        // Tight loops with exactly the arithmetic of Kernel (three Smoothing.ema stages), so streaming agrees.
        double fastSum = 0;
        for (int i = start + slow - fast; i <= lineStart; i++) fastSum += in[i];
        double slowSum = 0;
        for (int i = start; i <= lineStart; i++) slowSum += in[i];
        double f = fastSum / fast;
        double sl = slowSum / slow;
        m[lineStart] = f - sl;
        double fastAlpha = 2.0 / (fast + 1);
        double fastDecay = 1 - fastAlpha;
        double slowAlpha = 2.0 / (slow + 1);
        double slowDecay = 1 - slowAlpha;
        for (int i = lineStart + 1; i < n; i++) {
            double x = in[i];
            f = fastDecay * f + fastAlpha * x;
            sl = slowDecay * sl + slowAlpha * x;
            m[i] = f - sl;
        }
        if (signalStart >= n) return result;
        double signalSum = 0;
        for (int i = lineStart; i <= signalStart; i++) signalSum += m[i];
        double sig = signalSum / signal;
        s[signalStart] = sig;
        h[signalStart] = m[signalStart] - sig;
        double signalAlpha = 2.0 / (signal + 1);
        double signalDecay = 1 - signalAlpha;
        for (int i = signalStart + 1; i < n; i++) {
            sig = signalDecay * sig + signalAlpha * m[i];
            s[i] = sig;
            h[i] = m[i] - sig;
        }
        return result;
    }

    public static StreamingIndicator stream(int fast, int slow, int signal, PriceSource source) {
        validate(fast, slow, signal);
        return new KernelStream(new Kernel(fast, slow, signal, source),
                "MACD(" + fast + "," + slow + "," + signal + ")", "macd", "signal", "histogram");
    }

    private static void validate(int fast, int slow, int signal) {
        Inputs.require(fast, "MACD fast period");
        Inputs.require(signal, "MACD signal period");
        if (slow <= fast) {
            throw new IllegalArgumentException("MACD slow period (" + slow + ") must exceed the fast period (" + fast + ")");
        }
    }

    private static final class Kernel implements BarKernel {
        private final PriceSource source;
        private final Smoothing fastEma;
        private final Smoothing slowEma;
        private final Smoothing signalEma;
        double line;
        double signalValue;
        double histogram;

        Kernel(int fast, int slow, int signal, PriceSource source) {
            this.source = source;
            this.fastEma = Smoothing.ema(fast, slow - fast);
            this.slowEma = Smoothing.ema(slow);
            this.signalEma = Smoothing.ema(signal);
        }

        void live(double x) {
            double f = fastEma.live(x);
            double s = slowEma.live(x);
            line = f - s;
            signalValue = signalEma.live(line);
            histogram = line - signalValue;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(source.of(open, high, low, close));
        }

        @Override
        public void commit() {
            fastEma.commit();
            slowEma.commit();
            signalEma.commit();
        }

        @Override
        public double output(int k) {
            return switch (k) {
                case 0 -> line;
                case 1 -> signalValue;
                default -> histogram;
            };
        }
    }
}
