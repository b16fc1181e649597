package dev.meridian.app.accounts;

import dev.meridian.core.domain.Transaction;

/** A table row: the transaction plus the names the table shows instead of ids. */
public record TransactionRow(Transaction transaction, String accountName, String categoryName) {
}
