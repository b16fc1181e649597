package dev.meridian.core.imports.bank;

import dev.meridian.core.imports.DatePatterns;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.csv.ColumnRef;
import dev.meridian.core.imports.csv.CsvReader;
import dev.meridian.core.imports.csv.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Reads a bank CSV with a {@link CsvBankMapping}; each bad row becomes a {@link RowError} with line and column. */
public final class CsvBankReader {

    private CsvBankReader() {}

    public static BankStatement read(CharSequence text, CsvBankMapping m) {
        Iterator<CsvRecord> records = new CsvReader(text, m.delimiter()).iterator();
        List<String> header = List.of();
        if (m.header()) {
            while (records.hasNext() && header.isEmpty()) {
                CsvRecord first = records.next();
                if (!first.isBlank()) header = first.fields();
            }
        }
        Columns cols = new Columns(m, header);
        List<StatementLine> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(cols.missing);
        if (!cols.missing.isEmpty()) return new BankStatement("CSV", lines, errors, null, null);
        while (records.hasNext()) {
            CsvRecord r = records.next();
            if (r.isBlank()) continue;
            int before = errors.size();
            LocalDate date = date(r, cols, m, errors);
            BigDecimal amount = amount(r, cols, m, errors);
            if (errors.size() > before) continue;
            lines.add(new StatementLine(r.line(), date, amount, text(r, cols.payee), text(r, cols.memo),
                    text(r, cols.reference), null, null, null));
        }
        return new BankStatement("CSV", lines, errors, null, null);
    }

    private static LocalDate date(CsvRecord r, Columns cols, CsvBankMapping m, List<RowError> errors) {
        try {
            return DatePatterns.parse(r.get(cols.date), m.datePattern());
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(r.line(), cols.label(m.date()), "date " + e.getMessage()));
            return null;
        }
    }

    private static BigDecimal amount(CsvRecord r, Columns cols, CsvBankMapping m, List<RowError> errors) {
        if (cols.amount >= 0) return number(r, cols.amount, cols.label(m.amount()), m, errors, true);
        String debitText = cols.debit >= 0 ? r.get(cols.debit) : "";
        String creditText = cols.credit >= 0 ? r.get(cols.credit) : "";
        if (debitText.isBlank() && creditText.isBlank()) {
            String names = (m.debit() == null ? "" : cols.label(m.debit())) + (m.debit() != null && m.credit() != null ? " / " : "")
                    + (m.credit() == null ? "" : cols.label(m.credit()));
            errors.add(new RowError(r.line(), names, "neither debit nor credit has an amount"));
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        if (!debitText.isBlank()) {
            BigDecimal debit = number(r, cols.debit, cols.label(m.debit()), m, errors, true);
            if (debit != null) total = total.subtract(debit.abs());
        }
        if (!creditText.isBlank()) {
            BigDecimal credit = number(r, cols.credit, cols.label(m.credit()), m, errors, true);
            if (credit != null) total = total.add(credit.abs());
        }
        return total;
    }

    private static BigDecimal number(CsvRecord r, int col, String label, CsvBankMapping m, List<RowError> errors, boolean required) {
        String raw = r.get(col);
        try {
            return m.numberStyle().parse(raw);
        } catch (IllegalArgumentException e) {
            if (required) errors.add(new RowError(r.line(), label, "amount " + e.getMessage()));
            return null;
        }
    }

    private static String text(CsvRecord r, int col) {
        if (col < 0) return null;
        String s = r.get(col).strip();
        return s.isEmpty() ? null : s;
    }

    /** The mapping's columns resolved against the header; a named column that is absent is an error on line 1. */
    private static final class Columns {
        final List<String> header;
        final List<RowError> missing = new ArrayList<>();
        final int date;
        final int amount;
        final int debit;
        final int credit;
        final int payee;
        final int memo;
        final int reference;

        Columns(CsvBankMapping m, List<String> header) {
            this.header = header;
            date = resolve(m.date());
            amount = resolve(m.amount());
            debit = resolve(m.debit());
            credit = resolve(m.credit());
            payee = resolve(m.payee());
            memo = resolve(m.memo());
            reference = resolve(m.reference());
        }

        private int resolve(ColumnRef ref) {
            if (ref == null) return -1;
            int i = ref.resolve(header);
            if (i < 0) missing.add(new RowError(1, ref.label(header), "the file has no such column"));
            return i;
        }

        String label(ColumnRef ref) {
            return ref.label(header);
        }
    }
}
