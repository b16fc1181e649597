package dev.meridian.core.imports.bank;

import dev.meridian.core.imports.DatePatterns;
import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.csv.ColumnRef;
import dev.meridian.core.imports.csv.CsvReader;
import dev.meridian.core.imports.csv.CsvRecord;
import dev.meridian.core.imports.csv.Delimiters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A first mapping for a bank CSV from its header names and sample values (English, German, Dutch,
 * French and Spanish bank headers), with the date formats that fit the date column. The user reviews
 * it in the wizard; when day-first and month-first both fit, {@link #datesAmbiguous()} asks them to pick.
 */
public record CsvMappingGuess(char delimiter, List<String> header, List<CsvRecord> sample, CsvBankMapping mapping,
                              DatePatterns.Detection dates) {

    static final int SAMPLE_ROWS = 200;

    private static final List<String> DATE = List.of("date", "booking date", "transaction date", "posted date", "posting date",
            "buchungstag", "buchungsdatum", "datum", "date opération", "fecha", "valuta", "value date", "wertstellung");
    private static final List<String> AMOUNT = List.of("amount", "betrag", "bedrag", "montant", "importe", "value", "umsatz", "transaction amount");
    private static final List<String> DEBIT = List.of("debit", "debit amount", "withdrawal", "withdrawals", "money out", "paid out", "soll", "af", "débit", "cargo");
    private static final List<String> CREDIT = List.of("credit", "credit amount", "deposit", "deposits", "money in", "paid in", "haben", "bij", "crédit", "abono");
    private static final List<String> PAYEE = List.of("payee", "name", "merchant", "beneficiary", "counterparty", "description",
            "empfänger", "auftraggeber/empfänger", "beguenstigter/zahlungspflichtiger", "naam / omschrijving", "naam", "libellé", "concepto");
    private static final List<String> MEMO = List.of("memo", "reference", "details", "verwendungszweck", "mededelingen", "notes", "narrative");
    private static final List<String> ID = List.of("id", "transaction id", "reference number", "fitid", "transaktions-id", "ref");

    public boolean datesAmbiguous() {
        return dates.ambiguous();
    }

    /** Reads the first rows of {@code text} and guesses; {@code mapping} is null when no date or amount column was found. */
    public static CsvMappingGuess of(CharSequence text) {
        return of(text, Delimiters.sniff(text));
    }

    /** Guesses with a delimiter the user chose. */
    public static CsvMappingGuess of(CharSequence text, char delimiter) {
        Iterator<CsvRecord> it = new CsvReader(text, delimiter).iterator();
        List<String> header = List.of();
        while (it.hasNext() && header.isEmpty()) {
            CsvRecord first = it.next();
            if (!first.isBlank()) header = first.fields();
        }
        List<CsvRecord> sample = new ArrayList<>();
        while (it.hasNext() && sample.size() < SAMPLE_ROWS) {
            CsvRecord r = it.next();
            if (!r.isBlank()) sample.add(r);
        }
        boolean hasHeader = looksLikeHeader(header);
        if (!hasHeader && !header.isEmpty()) {
            sample.addFirst(new CsvRecord(1, header));
            header = List.of();
        }
        int date = find(header, DATE, -1);
        if (date < 0) date = firstColumnWhere(sample, width(header, sample), v -> DatePatterns.detect(List.of(v)).found());
        int amount = find(header, AMOUNT, date);
        int debit = amount >= 0 ? -1 : find(header, DEBIT, date);
        int credit = amount >= 0 ? -1 : find(header, CREDIT, date);
        if (amount < 0 && debit < 0 && credit < 0) amount = lastNumericColumn(sample, width(header, sample), date);
        int payee = find(header, PAYEE, -1);
        int memo = find(header, MEMO, payee);
        int id = find(header, ID, -1);
        DatePatterns.Detection dates = DatePatterns.detect(values(sample, date));
        CsvBankMapping mapping = null;
        if (date >= 0 && (amount >= 0 || debit >= 0 || credit >= 0)) {
            List<String> numbers = new ArrayList<>();
            for (int col : new int[] {amount, debit, credit}) numbers.addAll(values(sample, col));
            NumberStyle style = NumberStyle.detect(numbers, delimiter == ';' ? NumberStyle.COMMA_DECIMAL : NumberStyle.DOT_DECIMAL);
            mapping = new CsvBankMapping(delimiter, hasHeader, ref(date), dates.found() ? dates.best() : "yyyy-MM-dd",
                    ref(amount), ref(debit), ref(credit), ref(payee), ref(memo == payee ? -1 : memo), ref(id), style);
        }
        return new CsvMappingGuess(delimiter, header, List.copyOf(sample), mapping, dates);
    }

    private static ColumnRef ref(int index) {
        return index < 0 ? null : ColumnRef.at(index);
    }

    private static boolean looksLikeHeader(List<String> first) {
        if (first.isEmpty()) return false;
        for (String cell : first) {
            if (DatePatterns.detect(List.of(cell)).found()) return false;
        }
        return true;
    }

    private static int find(List<String> header, List<String> names, int except) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (i != except && header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) return i;
            }
        }
        for (String name : names) {
            if (name.length() < 4) continue;
            for (int i = 0; i < header.size(); i++) {
                if (i != except && header.get(i).strip().toLowerCase(Locale.ROOT).contains(name)) return i;
            }
        }
        return -1;
    }

    private static int width(List<String> header, List<CsvRecord> sample) {
        int w = header.size();
        for (CsvRecord r : sample) w = Math.max(w, r.size());
        return w;
    }

    private static int firstColumnWhere(List<CsvRecord> sample, int width, java.util.function.Predicate<String> test) {
        if (sample.isEmpty()) return -1;
        for (int c = 0; c < width; c++) {
            if (test.test(sample.getFirst().get(c))) return c;
        }
        return -1;
    }

    private static int lastNumericColumn(List<CsvRecord> sample, int width, int except) {
        if (sample.isEmpty()) return -1;
        for (int c = width - 1; c >= 0; c--) {
            if (c == except) continue;
            String v = sample.getFirst().get(c);
            try {
                NumberStyle.DOT_DECIMAL.parse(v);
                return c;
            } catch (IllegalArgumentException notANumber) {
                try {
                    NumberStyle.COMMA_DECIMAL.parse(v);
                    return c;
                } catch (IllegalArgumentException neither) {
                    // try the next column
                }
            }
        }
        return -1;
    }

    private static List<String> values(List<CsvRecord> sample, int col) {
        if (col < 0) return List.of();
        List<String> values = new ArrayList<>(sample.size());
        for (CsvRecord r : sample) values.add(r.get(col));
        return values;
    }
}
