package dev.meridian.sync.assistant.tools;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.util.EnumSet;
import java.util.Set;

/** What counts as spending: money out that is not a trade or a transfer between own accounts. */
public final class Spending {

    private static final Set<TransactionType> NOT_SPENDING = EnumSet.of(TransactionType.BUY, TransactionType.SELL,
            TransactionType.SPLIT, TransactionType.TRANSFER_IN, TransactionType.TRANSFER_OUT);

    private Spending() { }

    public static boolean isSpending(Transaction t) {
        return t.amount().isNegative() && !NOT_SPENDING.contains(t.type()) && t.transferAccountId() == null;
    }
}
