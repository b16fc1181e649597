package dev.meridian.core.portfolio;

import dev.meridian.core.money.Money;

/**
 * Profit and loss of a position, account or portfolio in one currency. {@code income} is dividends
 * and interest; {@code charges} is standalone fees and taxes (trade fees are already in cost and
 * proceeds), as a positive amount.
 */
public record PnlSummary(Money cost, Money marketValue, Money realized, Money income, Money charges) {

    public static PnlSummary zero(String currency) {
        Money z = Money.zero(currency);
        return new PnlSummary(z, z, z, z, z);
    }

    public Money unrealized() {
        return marketValue.minus(cost);
    }

    /** Unrealized + realized + income - charges. */
    public Money total() {
        return unrealized().plus(realized).plus(income).minus(charges);
    }

    public PnlSummary plus(PnlSummary o) {
        return new PnlSummary(cost.plus(o.cost), marketValue.plus(o.marketValue), realized.plus(o.realized),
                income.plus(o.income), charges.plus(o.charges));
    }
}
