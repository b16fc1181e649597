package dev.meridian.core.imports.bank;

import dev.meridian.core.imports.RowError;
import java.util.List;

/**
 * What a bank file held: its bookings, the rows that could not be read, and what the file says about
 * itself (currency, account number) when it says anything (OFX does, CSV and QIF do not).
 */
public record BankStatement(String format, List<StatementLine> lines, List<RowError> errors, String currency, String accountNumber) {

    public BankStatement {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
    }
}
