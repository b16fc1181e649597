package dev.meridian.core.portfolio.fx;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Historical exchange rates: the rate on a day, or else the latest earlier one (weekends, holidays). */
public interface FxRates {

    /**
     * Units of {@code quote} for one unit of {@code base} on {@code date}; 1 for the same currency.
     *
     * @throws MissingFxRateException when no rate exists on or before {@code date}
     */
    BigDecimal rate(LocalDate date, String base, String quote);

    /** Converts {@code money} into {@code target} at the rate of {@code date}. */
    default Money convert(Money money, String target, LocalDate date) {
        if (money.currency().equals(target)) return money;
        return money.convert(target, rate(date, money.currency(), target));
    }
}
