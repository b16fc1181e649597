package dev.meridian.core.imports.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booking read from a bank file, before it belongs to an account. {@code amount} is the signed cash
 * effect (positive = money in). {@code fitId} is the bank's own id (OFX FITID, a CSV reference column),
 * null when the file has none. {@code notes} carries what has no column of its own (QIF splits).
 */
public record StatementLine(long line, LocalDate date, BigDecimal amount, String payee, String memo,
                            String fitId, String checkNumber, String category, String notes) {

    public StatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
