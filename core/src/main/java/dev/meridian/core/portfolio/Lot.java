package dev.meridian.core.portfolio;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Shares bought together: {@code cost} is what they cost including fees and taxes, in the currency
 * of the account that bought them. Acquisition date and cost travel with the lot through transfers;
 * splits scale the quantity and keep the cost.
 */
public record Lot(long accountId, long instrumentId, LocalDate acquired, BigDecimal quantity, Money cost,
                  long openingTransactionId) {

    public Lot {
        Objects.requireNonNull(acquired, "acquired");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(cost, "cost");
        if (quantity.signum() <= 0) throw new IllegalArgumentException("A lot needs a positive quantity: " + quantity);
    }

    Lot withQuantityAndCost(BigDecimal q, Money c) {
        return new Lot(accountId, instrumentId, acquired, q, c, openingTransactionId);
    }

    Lot inAccount(long newAccountId) {
        return new Lot(newAccountId, instrumentId, acquired, quantity, cost, openingTransactionId);
    }

    /** Cost per share, rounded to {@link Precision#MONEY_SCALE} decimals. */
    public Money unitCost() {
        return new Money(Precision.share(cost.amount(), BigDecimal.ONE, quantity), cost.currency());
    }
}
