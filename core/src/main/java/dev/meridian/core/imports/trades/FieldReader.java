package dev.meridian.core.imports.trades;

import dev.meridian.core.imports.DatePatterns;
import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.csv.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads typed values from one record; each problem is added to the error list with line and column name. */
final class FieldReader {

    private final CsvRecord record;
    private final HeaderColumns columns;
    private final NumberStyle style;
    private final List<RowError> errors;
    private final int errorsBefore;

    FieldReader(CsvRecord record, HeaderColumns columns, NumberStyle style, List<RowError> errors) {
        this.record = record;
        this.columns = columns;
        this.style = style;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    long line() {
        return record.line();
    }

    /** True when nothing in this record failed so far. */
    boolean ok() {
        return errors.size() == errorsBefore;
    }

    void fail(int col, String message) {
        errors.add(new RowError(record.line(), columns.label(col), message));
    }

    String text(int col) {
        if (col < 0) return null;
        String v = record.get(col).strip();
        return v.isEmpty() ? null : v;
    }

    LocalDate date(int col, String pattern) {
        try {
            return DatePatterns.parse(record.get(col), pattern);
        } catch (IllegalArgumentException e) {
            fail(col, "date " + e.getMessage());
            return null;
        }
    }

    BigDecimal required(int col) {
        if (col < 0) return null;
        try {
            return style.parse(record.get(col));
        } catch (IllegalArgumentException e) {
            fail(col, "number " + e.getMessage());
            return null;
        }
    }

    /** Empty, absent or "Not available" is null; anything else must be a number. */
    BigDecimal optional(int col) {
        String v = text(col);
        if (v == null || v.equalsIgnoreCase("not available") || v.equals("-")) return null;
        return required(col);
    }

    CsvRecord record() {
        return record;
    }
}
