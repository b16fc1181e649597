package dev.meridian.core.domain;

/** Every kind of booking Meridian understands. The sign of a transaction's amount is its cash effect. */
public enum TransactionType {
    BUY, SELL, DIVIDEND, INTEREST, FEE, TAX, DEPOSIT, WITHDRAWAL, TRANSFER_IN, TRANSFER_OUT, SPLIT;

    /** Types that change a security position and therefore carry instrument and quantity. */
    public boolean movesSecurities() {
        return this == BUY || this == SELL || this == SPLIT;
    }
}
