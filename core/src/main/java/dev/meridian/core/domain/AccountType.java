package dev.meridian.core.domain;

public enum AccountType {
    BROKERAGE, BANK, SAVINGS, CREDIT_CARD, CASH, CRYPTO_WALLET;

    /** Accounts that hold securities and belong to a portfolio. */
    public boolean holdsSecurities() {
        return this == BROKERAGE || this == CRYPTO_WALLET;
    }
}
