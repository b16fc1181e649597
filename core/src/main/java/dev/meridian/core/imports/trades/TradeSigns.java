package dev.meridian.core.imports.trades;

import dev.meridian.core.domain.TransactionType;
import java.math.BigDecimal;

/** The cash effect's sign follows from the type; files disagree on whether they sign their totals. */
final class TradeSigns {

    private TradeSigns() {}

    static BigDecimal cashEffect(TransactionType type, BigDecimal amount) {
        if (amount == null) return null;
        BigDecimal abs = amount.abs();
        return switch (type) {
            case BUY, FEE, TAX, WITHDRAWAL, TRANSFER_OUT -> abs.negate();
            case SPLIT -> BigDecimal.ZERO;
            default -> abs;
        };
    }

    /** Amount for a buy or sell from quantity and price when the file has no total. */
    static BigDecimal derived(TransactionType type, BigDecimal quantity, BigDecimal price, BigDecimal fee, BigDecimal tax) {
        BigDecimal gross = quantity.multiply(price);
        BigDecimal costs = fee.add(tax);
        return type == TransactionType.BUY ? gross.add(costs).negate() : gross.subtract(costs);
    }
}
