package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/**
 * Stochastic oscillator as TA-Lib's STOCH with SMA smoothing: raw %K = 100*(C - LL)/(HH - LL) over
 * {@code period} bars (0 when HH == LL), %K = SMA(raw, kSmoothing) (kSmoothing 1 is the "fast" stochastic),
 * %D = SMA(%K, dPeriod). Lookbacks: %K {@code period-1 + kSmoothing-1}, %D that plus {@code dPeriod-1}.
 * (TA-Lib blanks %K until %D starts; here %K is given from its own first value.)
 */
public final class Stochastic {

    private Stochastic() {
    }

    public static int lookback(int period, int kSmoothing, int dPeriod) {
        return StochasticStage.lookback(period, kSmoothing, dPeriod);
    }

    public static StochasticLines compute(BarSeries bars, int period, int kSmoothing, int dPeriod) {
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.size(), period, kSmoothing, dPeriod, null);
    }

    public static StochasticLines compute(double[] high, double[] low, double[] close, int n, int period,
            int kSmoothing, int dPeriod, StochasticLines out) {
        Kernel kernel = new Kernel(period, kSmoothing, dPeriod);
        Inputs.requireCount(n, Math.min(high.length, Math.min(low.length, close.length)), "Stochastic input");
        out = StochasticLines.allocate(out, n, "Stochastic");
        double[] k = out.k(), d = out.d();
        for (int i = 0; i < n; i++) {
            kernel.stage.live(high[i], low[i], close[i]);
            k[i] = kernel.stage.k;
            d[i] = kernel.stage.d;
            kernel.commit();
        }
        return out;
    }

    public static StreamingIndicator stream(int period, int kSmoothing, int dPeriod) {
        return new KernelStream(new Kernel(period, kSmoothing, dPeriod),
                "Stoch(" + period + "," + kSmoothing + "," + dPeriod + ")", "k", "d");
    }

    private static final class Kernel implements BarKernel {
        final StochasticStage stage;

        Kernel(int period, int kSmoothing, int dPeriod) {
            stage = new StochasticStage(period, kSmoothing, dPeriod);
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            stage.live(high, low, close);
        }

        @Override
        public void commit() {
            stage.commit();
        }

        @Override
        public double output(int k) {
            return k == 0 ? stage.k : stage.d;
        }
    }
}
