package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;

/** Which price of a bar a single-input indicator reads. */
public enum PriceSource {
    OPEN, HIGH, LOW, CLOSE,
    /** (high + low) / 2 */
    HL2,
    /** (high + low + close) / 3, the "typical price" */
    HLC3,
    /** (open + high + low + close) / 4 */
    OHLC4;

    public double of(double open, double high, double low, double close) {
        return switch (this) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case HL2 -> (high + low) / 2;
            case HLC3 -> (high + low + close) / 3;
            case OHLC4 -> (open + high + low + close) / 4;
        };
    }

    /** This price for the first {@code bars.size()} bars, as a fresh array (the columns themselves for O/H/L/C). */
    public double[] of(BarSeries bars) {
        int n = bars.size();
        switch (this) {
            case OPEN: return bars.opens();
            case HIGH: return bars.highs();
            case LOW: return bars.lows();
            case CLOSE: return bars.closes();
            default:
                double[] out = new double[n];
                double[] o = bars.opens(), h = bars.highs(), l = bars.lows(), c = bars.closes();
                for (int i = 0; i < n; i++) out[i] = of(o[i], h[i], l[i], c[i]);
                return out;
        }
    }
}
