package dev.meridian.core.imports;

import dev.meridian.core.domain.Transaction;
import java.util.Objects;

/**
 * One row of the preview: the file line it came from, the booking it becomes (provider id set, not yet
 * in a batch) and whether it will be written. {@code instrumentSymbol} is shown for trades.
 */
public record ImportRow(long line, Transaction transaction, RowStatus status, String instrumentSymbol) {

    public ImportRow {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(status, "status");
    }
}
