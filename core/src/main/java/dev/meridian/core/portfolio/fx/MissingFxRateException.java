package dev.meridian.core.portfolio.fx;

import java.time.LocalDate;

/** No exchange rate for a pair on or before a date. */
public final class MissingFxRateException extends IllegalStateException {
    public MissingFxRateException(String base, String quote, LocalDate date) {
        super("No " + base + "/" + quote + " exchange rate on or before " + date);
    }
}
