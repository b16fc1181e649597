package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Keltner Channels (Linda Raschke's ATR form, TradingView's default): middle = EMA(source, emaPeriod),
 * upper/lower = middle &plusmn; k * ATR(atrPeriod). TA-Lib has no Keltner; the EMA and ATR follow TA-Lib's
 * seeding (SMA-seeded EMA, SMA-seeded Wilder ATR). Lookback {@code max(emaPeriod - 1, atrPeriod)}: the bands
 * are NaN until both parts exist (the middle line starts at its own lookback).
 */
public final class Keltner {

    private Keltner() {
    }

    public static int lookback(int emaPeriod, int atrPeriod) {
        return Math.max(emaPeriod - 1, atrPeriod);
    }

    public static Bands compute(BarSeries bars, PriceSource source, int emaPeriod, int atrPeriod, double k) {
        return compute(source.of(bars), bars.highs(), bars.lows(), bars.closes(), bars.size(), emaPeriod, atrPeriod, k, null);
    }

    /** {@code middleInput} is the series the EMA runs on (close, or the typical price as ta4j uses). */
    public static Bands compute(double[] middleInput, double[] high, double[] low, double[] close, int n,
            int emaPeriod, int atrPeriod, double k, Bands out) {
        validate(emaPeriod, atrPeriod, k);
        int available = Math.min(Math.min(middleInput.length, high.length), Math.min(low.length, close.length));
        Inputs.requireCount(n, available, "Keltner input");
        out = Bands.allocate(out, n, "Keltner");
        double[] u = out.upper(), m = out.middle(), l = out.lower();
        Kernel kernel = new Kernel(emaPeriod, atrPeriod, k, PriceSource.CLOSE);
        for (int i = 0; i < n; i++) {
            kernel.live(middleInput[i], high[i], low[i], close[i]);
            u[i] = kernel.upper;
            m[i] = kernel.middle;
            l[i] = kernel.lower;
            kernel.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(PriceSource source, int emaPeriod, int atrPeriod, double k) {
        validate(emaPeriod, atrPeriod, k);
        return new KernelStream(new Kernel(emaPeriod, atrPeriod, k, source),
                "KC(" + emaPeriod + "," + atrPeriod + "," + k + ")", "upper", "middle", "lower");
    }

    private static void validate(int emaPeriod, int atrPeriod, double k) {
        Inputs.require(emaPeriod, "Keltner EMA period");
        Inputs.require(atrPeriod, "Keltner ATR period");
        Inputs.requirePositive(k, "Keltner ATR multiplier");
    }

    private static final class Kernel implements BarKernel {
        private final PriceSource source;
        private final Smoothing ema;
        private final Atr.Kernel atr;
        private final double k;
        double upper;
        double middle;
        double lower;

        Kernel(int emaPeriod, int atrPeriod, double k, PriceSource source) {
            this.source = source;
            this.ema = Smoothing.ema(emaPeriod);
            this.atr = new Atr.Kernel(atrPeriod);
            this.k = k;
        }

        void live(double x, double high, double low, double close) {
            middle = ema.live(x);
            double width = k * atr.live(high, low, close);
            upper = middle + width;
            lower = middle - width;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(source.of(open, high, low, close), high, low, close);
        }

        @Override
        public void commit() {
            ema.commit();
            atr.commit();
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
