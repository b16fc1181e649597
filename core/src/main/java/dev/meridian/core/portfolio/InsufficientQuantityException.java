package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Transaction;
import java.math.BigDecimal;

/** A sale or transfer takes more shares than the account holds at that point of the ledger. */
public final class InsufficientQuantityException extends IllegalArgumentException {

    private final transient Transaction transaction;
    private final BigDecimal held;

    public InsufficientQuantityException(Transaction t, BigDecimal held) {
        super(t.type() + " of " + t.quantity().toPlainString() + " of instrument " + t.instrumentId() + " on " + t.date()
                + " (transaction " + t.id() + ", account " + t.accountId() + ") exceeds the "
                + held.toPlainString() + " held");
        this.transaction = t;
        this.held = held;
    }

    /** The refused booking, so a screen can name the instrument by its symbol. */
    public Transaction transaction() {
        return transaction;
    }

    public BigDecimal held() {
        return held;
    }
}
