package dev.meridian.core.market.quote;

/**
 * One instrument's quote at a moment: the last price, the change against the previous session's close, the
 * day's range and volume, and when the last price was observed (for its age). NaN where unknown.
 */
public record Quote(
        long instrumentId,
        double last,
        double previousClose,
        double dayHigh,
        double dayLow,
        double volume,
        long updatedAtMillis) {

    public double change() {
        return last - previousClose;
    }

    /** Change in percent of the previous close; NaN without a previous close. */
    public double changePercent() {
        return previousClose == 0 ? Double.NaN : (last - previousClose) / previousClose * 100.0;
    }
}
