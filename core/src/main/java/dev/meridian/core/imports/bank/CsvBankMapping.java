package dev.meridian.core.imports.bank;

import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.csv.ColumnRef;
import java.util.Objects;

/**
 * How a bank CSV's columns become bookings. Either {@code amount} (signed) or {@code debit} and/or
 * {@code credit} (money out / money in, each usually unsigned) must be set. {@code reference} is an
 * optional unique id column used for duplicate detection like an OFX FITID.
 */
public record CsvBankMapping(char delimiter, boolean header, ColumnRef date, String datePattern,
                             ColumnRef amount, ColumnRef debit, ColumnRef credit,
                             ColumnRef payee, ColumnRef memo, ColumnRef reference, NumberStyle numberStyle) {

    public CsvBankMapping {
        Objects.requireNonNull(date, "date column");
        Objects.requireNonNull(datePattern, "date pattern");
        Objects.requireNonNull(numberStyle, "number style");
        if (amount == null && debit == null && credit == null) {
            throw new IllegalArgumentException("Map an amount column, or debit and credit columns");
        }
    }

    public CsvBankMapping withDatePattern(String pattern) {
        return new CsvBankMapping(delimiter, header, date, pattern, amount, debit, credit, payee, memo, reference, numberStyle);
    }

    public CsvBankMapping withNumberStyle(NumberStyle style) {
        return new CsvBankMapping(delimiter, header, date, datePattern, amount, debit, credit, payee, memo, reference, style);
    }
}
