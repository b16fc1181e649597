package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Transaction;
import java.math.BigDecimal;

/** A sale or transfer takes more shares than the account holds at that point of the ledger. */
public final class InsufficientQuantityException extends IllegalArgumentException {

    public InsufficientQuantityException(Transaction t, BigDecimal held) {
        super(t.type() + " of " + t.quantity().toPlainString() + " of instrument " + t.instrumentId() + " on " + t.date()
                + " (transaction " + t.id() + ", account " + t.accountId() + ") exceeds the "
                + held.toPlainString() + " held");
    }
}
