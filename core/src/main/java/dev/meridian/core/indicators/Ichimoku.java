package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Ichimoku Kinko Hyo: tenkan = mid-range of {@code conversion} bars, kijun = mid-range of {@code base} bars,
 * senkou A = (tenkan + kijun)/2, senkou B = mid-range of {@code spanB} bars, chikou = close (defaults 9, 26,
 * 52, displacement 26).
 *
 * <p><b>Displacement in arrays:</b> every array is indexed by the bar whose data produced the value, never
 * shifted. Senkou A/B at index i are drawn {@link Lines#displacement()} bars to the right (at i +
 * displacement, possibly beyond the last bar), chikou at index i is drawn displacement bars to the left.
 * This keeps appends and live revisions O(1) and the arrays free of look-ahead; the chart applies the
 * offset. (ta4j instead returns senkou values already shifted to the bar they are drawn on, and chikou
 * read from the future.) Lookbacks: tenkan {@code conversion-1}, kijun and senkou A {@code max(conversion,
 * base)-1}, senkou B {@code spanB-1}, chikou 0.
 */
public final class Ichimoku {

    /** Ichimoku lines, unshifted; senkou spans plot {@code displacement} bars ahead, chikou as many behind. */
    public record Lines(double[] tenkan, double[] kijun, double[] senkouA, double[] senkouB, double[] chikou,
            int displacement) {
    }

    private Ichimoku() {
    }

    public static Lines compute(BarSeries bars, int conversion, int base, int spanB, int displacement) {
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.size(), conversion, base, spanB, displacement);
    }

    public static Lines compute(double[] high, double[] low, double[] close, int n, int conversion, int base,
            int spanB, int displacement) {
        return compute(high, low, close, n, conversion, base, spanB, displacement, null);
    }

    /** As above, into {@code into}'s arrays when given (its displacement is ignored; the result carries ours). */
    public static Lines compute(double[] high, double[] low, double[] close, int n, int conversion, int base,
            int spanB, int displacement, Lines into) {
        validate(conversion, base, spanB, displacement);
        Inputs.requireCount(n, Math.min(high.length, Math.min(low.length, close.length)), "Ichimoku input");
        Lines out = new Lines(
                Inputs.output(into == null ? null : into.tenkan(), n, "Ichimoku tenkan output"),
                Inputs.output(into == null ? null : into.kijun(), n, "Ichimoku kijun output"),
                Inputs.output(into == null ? null : into.senkouA(), n, "Ichimoku senkou A output"),
                Inputs.output(into == null ? null : into.senkouB(), n, "Ichimoku senkou B output"),
                Inputs.output(into == null ? null : into.chikou(), n, "Ichimoku chikou output"),
                displacement);
        Kernel k = new Kernel(conversion, base, spanB);
        for (int i = 0; i < n; i++) {
            k.live(high[i], low[i], close[i]);
            out.tenkan[i] = k.tenkan;
            out.kijun[i] = k.kijun;
            out.senkouA[i] = k.senkouA;
            out.senkouB[i] = k.senkouB;
            out.chikou[i] = k.chikou;
            k.commit();
        }
        return out;
    }

    /** Streaming form; outputs are unshifted as in {@link #compute}. */
    public static StreamingIndicator stream(int conversion, int base, int spanB, int displacement) {
        validate(conversion, base, spanB, displacement);
        return new KernelStream(new Kernel(conversion, base, spanB),
                "Ichimoku(" + conversion + "," + base + "," + spanB + "," + displacement + ")",
                "tenkan", "kijun", "senkouA", "senkouB", "chikou");
    }

    private static void validate(int conversion, int base, int spanB, int displacement) {
        Inputs.require(conversion, "Ichimoku conversion period");
        Inputs.require(base, "Ichimoku base period");
        Inputs.require(spanB, "Ichimoku span B period");
        if (displacement < 0) throw new IllegalArgumentException("Ichimoku displacement must be >= 0, was " + displacement);
    }

    private static final class Kernel implements BarKernel {
        private final WindowExtreme conversionHigh;
        private final WindowExtreme conversionLow;
        private final WindowExtreme baseHigh;
        private final WindowExtreme baseLow;
        private final WindowExtreme spanHigh;
        private final WindowExtreme spanLow;
        double tenkan;
        double kijun;
        double senkouA;
        double senkouB;
        double chikou;

        Kernel(int conversion, int base, int spanB) {
            conversionHigh = WindowExtreme.highest(conversion);
            conversionLow = WindowExtreme.lowest(conversion);
            baseHigh = WindowExtreme.highest(base);
            baseLow = WindowExtreme.lowest(base);
            spanHigh = WindowExtreme.highest(spanB);
            spanLow = WindowExtreme.lowest(spanB);
        }

        void live(double high, double low, double close) {
            tenkan = (conversionHigh.live(high) + conversionLow.live(low)) / 2;
            kijun = (baseHigh.live(high) + baseLow.live(low)) / 2;
            senkouA = (tenkan + kijun) / 2;
            senkouB = (spanHigh.live(high) + spanLow.live(low)) / 2;
            chikou = close;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(high, low, close);
        }

        @Override
        public void commit() {
            conversionHigh.commit();
            conversionLow.commit();
            baseHigh.commit();
            baseLow.commit();
            spanHigh.commit();
            spanLow.commit();
        }

        @Override
        public double output(int k) {
            return switch (k) {
                case 0 -> tenkan;
                case 1 -> kijun;
                case 2 -> senkouA;
                case 3 -> senkouB;
                default -> chikou;
            };
        }
    }
}
