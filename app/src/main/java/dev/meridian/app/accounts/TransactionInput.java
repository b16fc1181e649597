package dev.meridian.app.accounts;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.time.LocalDate;

/**
 * What the transaction dialog's fields hold, as typed. {@code original} is the edited transaction,
 * null for a new one.
 */
public record TransactionInput(
        Transaction original,
        Account account,
        TransactionType type,
        LocalDate date,
        String payee,
        String description,
        Category category,
        String amount,
        String notes) {
}
