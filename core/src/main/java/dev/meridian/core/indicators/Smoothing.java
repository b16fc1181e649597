package dev.meridian.core.indicators;

/**
 * One exponential smoothing stage seeded with the simple average of its first {@code period} inputs,
 * as TA-Lib does for EMA and for Wilder's RSI/ATR averages.
 *
 * <p>Stages follow the live/commit contract shared by every stage in this package: {@link #live} computes
 * the output for the bar being formed without changing committed state, {@link #commit} folds the last
 * live input in for good. Revising a live bar is therefore just another {@code live} call, and the batch
 * kernels drive the very same stages, so streaming and full recomputation agree bit for bit. Leading NaN
 * inputs (a previous stage still warming up) are skipped and do not count towards the period.
 */
final class Smoothing {

    private final int period;
    private final double alpha;
    private final double decay;
    private final int skip;

    private int count;
    private double sum;
    private double value = Double.NaN;

    private boolean pendingValid;
    private double pendingSum;
    private double pendingValue;

    private Smoothing(int period, boolean wilder, int skip) {
        Inputs.require(period, "period");
        this.period = period;
        // Wilder's (prev*(n-1) + x)/n is evaluated as prev*((n-1)/n) + x*(1/n): equal up to the last bit, and
        // the loop-carried chain is one multiply and one add instead of a multiply, an add and a division.
        this.alpha = wilder ? 1.0 / period : 2.0 / (period + 1);
        this.decay = wilder ? (period - 1) / (double) period : 1 - alpha;
        this.skip = skip;
    }

    /** TA-Lib EMA: alpha 2/(n+1), seeded with the SMA of the first n inputs. */
    static Smoothing ema(int period) {
        return new Smoothing(period, false, 0);
    }

    /** TA-Lib EMA that ignores its first {@code skip} valid inputs (TA-Lib's MACD fast line). */
    static Smoothing ema(int period, int skip) {
        return new Smoothing(period, false, skip);
    }

    /** Wilder's average: (prev*(n-1) + x)/n (alpha 1/n), seeded with the SMA of the first n inputs (TA-Lib RSI/ATR). */
    static Smoothing wilder(int period) {
        return new Smoothing(period, true, 0);
    }

    double live(double x) {
        if (count == 0 && Double.isNaN(x)) {
            pendingValid = false;
            return Double.NaN;
        }
        pendingValid = true;
        pendingSum = sum;
        pendingValue = value;
        int k = count + 1 - skip;
        if (k <= 0) return Double.NaN;
        if (k < period) {
            pendingSum = sum + x;
            return Double.NaN;
        }
        if (k == period) {
            pendingSum = sum + x;
            pendingValue = pendingSum / period;
        } else {
            pendingValue = decay * value + alpha * x;
        }
        return pendingValue;
    }

    void commit() {
        if (!pendingValid) return;
        count++;
        sum = pendingSum;
        value = pendingValue;
    }
}
