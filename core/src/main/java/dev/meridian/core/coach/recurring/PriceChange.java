package dev.meridian.core.coach.recurring;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A series' charge moved from one steady amount to another on {@code since}. Amounts are positive charges. */
public record PriceChange(Money from, Money to, LocalDate since) {

    public boolean increase() {
        return to.compareTo(from) > 0;
    }

    /** Change in percent of the old amount, e.g. 16.1 for 15.49 to 17.99. */
    public BigDecimal percent() {
        return to.minus(from).amount().multiply(BigDecimal.valueOf(100)).divide(from.amount(), 1, RoundingMode.HALF_UP);
    }
}
