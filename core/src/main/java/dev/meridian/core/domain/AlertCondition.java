package dev.meridian.core.domain;

/**
 * What an alert watches. PRICE_* compare the last price to {@code threshold}; PERCENT_MOVE compares the
 * move over {@code parameters} "window=…" to threshold percent; INDICATOR evaluates {@code parameters}
 * such as "rsi(14) > 70", "macd crosses signal", "close crosses sma(200)".
 */
public enum AlertCondition { PRICE_ABOVE, PRICE_BELOW, PERCENT_MOVE, INDICATOR }
