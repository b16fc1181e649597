package dev.meridian.core.imports.bank;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.imports.ImportKeys;
import dev.meridian.core.imports.ImportPreview;
import dev.meridian.core.imports.ImportRow;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.RowStatus;
import dev.meridian.core.money.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a bank statement into the preview of its import into one account: bookings in the account's
 * currency with their duplicate keys, marked new or duplicate against {@code existingKeys} (the
 * provider ids already on the account) and against earlier rows of the same file.
 */
public final class BankImportPlanner {

    private BankImportPlanner() {}

    public static ImportPreview plan(BankStatement statement, Account account, Set<String> existingKeys, String fileName) {
        List<RowError> errors = new ArrayList<>(statement.errors());
        if (statement.currency() != null && !statement.currency().equalsIgnoreCase(account.currency())) {
            errors.add(new RowError(1, "CURDEF", "the file is in " + statement.currency() + " but account '" + account.name()
                    + "' is in " + account.currency()));
        }
        ImportKeys keys = new ImportKeys(account.id());
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>(statement.lines().size());
        for (StatementLine l : statement.lines()) {
            String key = l.fitId() != null && !l.fitId().isBlank()
                    ? keys.fromId("fitid", l.fitId())
                    : keys.fromContent(l.date(), l.amount(), l.payee(), l.memo());
            TransactionType type = l.amount().signum() < 0 ? TransactionType.WITHDRAWAL : TransactionType.DEPOSIT;
            String description = l.memo();
            if (l.checkNumber() != null && !l.checkNumber().isBlank()) {
                description = (description == null ? "" : description + " ") + "(check " + l.checkNumber() + ")";
            }
            Transaction t = new Transaction(0, account.id(), type, l.date(), new Money(l.amount(), account.currency()),
                    null, null, null, null, null, l.payee(), description, null, notes(l), null, key, null);
            RowStatus status = existingKeys.contains(key) ? RowStatus.DUPLICATE_IN_VAULT
                    : seen.add(key) ? RowStatus.NEW : RowStatus.DUPLICATE_IN_FILE;
            rows.add(new ImportRow(l.line(), t, status, null));
        }
        return new ImportPreview(statement.format() + " → " + account.name(), fileName, account.id(), rows, errors, List.of());
    }

    private static String notes(StatementLine l) {
        if (l.category() == null && l.notes() == null) return null;
        if (l.notes() != null) return l.notes();
        return "Category in file: " + l.category();
    }
}
