package dev.meridian.core.portfolio;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of one sale matched against one lot. {@code proceeds} is that part's share of the net
 * sale amount (after fee and tax, account currency); {@code cost} is the lot cost it consumed (in the
 * currency the lot was bought in).
 */
public record RealizedGain(long transactionId, long accountId, long instrumentId, LocalDate acquired,
                           LocalDate sold, BigDecimal quantity, Money proceeds, Money cost) {

    /** Proceeds minus cost; refuses lots bought in another currency than they were sold in. */
    public Money gain() {
        return proceeds.minus(cost);
    }
}
