package dev.meridian.core.portfolio.statement;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;

/**
 * One instrument held in a scope, summed over its accounts, all money in the scope's currency.
 * {@code cost} converts each lot at its acquisition day's rate, {@code marketValue} and
 * {@code dayChange} at the valuation day's; {@code lastClose} is in the instrument's currency.
 * {@code dayChange} is the quantity times the move between the instrument's last two daily closes.
 * {@code weight} is the market value's share of the scope's total (holdings plus cash).
 */
public record HoldingLine(Instrument instrument, BigDecimal quantity, Money averageCost, Money cost, Money marketValue,
                          BigDecimal lastClose, Money dayChange, double dayChangePercent, Money realized, Money income,
                          BigDecimal weight) {

    public Money unrealized() {
        return marketValue.minus(cost);
    }
}
