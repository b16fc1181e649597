package dev.meridian.core.indicators;

/**
 * Raw stochastic of a value within its own (or given) n-bar range, smoothed into %K and %D by simple
 * averages, as TA-Lib's STOCH/STOCHF: raw = 100 * (x - LL) / (HH - LL), 0 when HH == LL.
 * Live/commit contract, see {@link Smoothing}.
 */
final class StochasticStage {

    private final WindowExtreme highest;
    private final WindowExtreme lowest;
    private final WindowSum kSum;
    private final WindowSum dSum;
    private final int kSmoothing;
    private final int dPeriod;
    double k;
    double d;

    StochasticStage(int period, int kSmoothing, int dPeriod) {
        Inputs.require(period, "stochastic period");
        Inputs.require(kSmoothing, "%K smoothing");
        Inputs.require(dPeriod, "%D period");
        this.highest = WindowExtreme.highest(period);
        this.lowest = WindowExtreme.lowest(period);
        this.kSum = new WindowSum(kSmoothing);
        this.dSum = new WindowSum(dPeriod);
        this.kSmoothing = kSmoothing;
        this.dPeriod = dPeriod;
    }

    static int lookback(int period, int kSmoothing, int dPeriod) {
        return period - 1 + kSmoothing - 1 + dPeriod - 1;
    }

    /** Stochastic of {@code x} within the range of {@code high}/{@code low}. */
    void live(double high, double low, double x) {
        double hh = highest.live(high);
        double ll = lowest.live(low);
        double range = (hh - ll) / 100.0;
        double raw = Double.isNaN(range) ? Double.NaN : range != 0 ? (x - ll) / range : 0;
        k = kSum.live(raw) / kSmoothing;
        d = dSum.live(k) / dPeriod;
    }

    void commit() {
        highest.commit();
        lowest.commit();
        kSum.commit();
        dSum.commit();
    }
}
