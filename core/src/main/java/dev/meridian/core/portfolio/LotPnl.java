package dev.meridian.core.portfolio;

import dev.meridian.core.money.Money;

/** One open lot valued in one currency: cost at the acquisition day's rate, market value at the valuation day's. */
public record LotPnl(Lot lot, Money cost, Money marketValue) {
    public Money unrealized() {
        return marketValue.minus(cost);
    }
}
