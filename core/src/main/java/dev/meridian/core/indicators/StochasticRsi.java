package dev.meridian.core.indicators;

/**
 * Stochastic RSI: the stochastic of RSI(rsiPeriod) within its own {@code stochPeriod}-bar range, %K smoothed
 * by SMA(kSmoothing) and %D = SMA(%K, dPeriod), scaled 0..100. With kSmoothing 1 this is TA-Lib's STOCHRSI
 * (fastK, fastD); TradingView's default is (14, 14, 3, 3). 0 when the RSI range is zero. Lookbacks: %K
 * {@code rsiPeriod + stochPeriod-1 + kSmoothing-1}, %D that plus {@code dPeriod-1}.
 */
public final class StochasticRsi {

    private StochasticRsi() {
    }

    public static int lookback(int rsiPeriod, int stochPeriod, int kSmoothing, int dPeriod) {
        return Rsi.lookback(rsiPeriod) + StochasticStage.lookback(stochPeriod, kSmoothing, dPeriod);
    }

    public static StochasticLines compute(double[] in, int rsiPeriod, int stochPeriod, int kSmoothing, int dPeriod) {
        return compute(in, in.length, rsiPeriod, stochPeriod, kSmoothing, dPeriod, null);
    }

    public static StochasticLines compute(double[] in, int n, int rsiPeriod, int stochPeriod, int kSmoothing,
            int dPeriod, StochasticLines out) {
        Kernel kernel = new Kernel(rsiPeriod, stochPeriod, kSmoothing, dPeriod, PriceSource.CLOSE);
        Inputs.requireCount(n, in.length, "Stochastic RSI input");
        out = StochasticLines.allocate(out, n, "Stochastic RSI");
        double[] k = out.k(), d = out.d();
        for (int i = 0; i < n; i++) {
            kernel.live(in[i]);
            k[i] = kernel.stage.k;
            d[i] = kernel.stage.d;
            kernel.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int rsiPeriod, int stochPeriod, int kSmoothing, int dPeriod,
            PriceSource source) {
        return new KernelStream(new Kernel(rsiPeriod, stochPeriod, kSmoothing, dPeriod, source),
                "StochRSI(" + rsiPeriod + "," + stochPeriod + "," + kSmoothing + "," + dPeriod + ")", "k", "d");
    }

    private static final class Kernel implements BarKernel {
        private final PriceSource source;
        private final Rsi.Kernel rsi;
        final StochasticStage stage;

        Kernel(int rsiPeriod, int stochPeriod, int kSmoothing, int dPeriod, PriceSource source) {
            Inputs.require(rsiPeriod, "Stochastic RSI RSI period");
            this.source = source;
            this.rsi = new Rsi.Kernel(rsiPeriod, source);
            this.stage = new StochasticStage(stochPeriod, kSmoothing, dPeriod);
        }

        void live(double x) {
            double r = rsi.live(x);
            stage.live(r, r, r);
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(source.of(open, high, low, close));
        }

        @Override
        public void commit() {
            rsi.commit();
            stage.commit();
        }

        @Override
        public double output(int k) {
            return k == 0 ? stage.k : stage.d;
        }
    }
}
