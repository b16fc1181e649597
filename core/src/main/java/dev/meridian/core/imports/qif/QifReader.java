package dev.meridian.core.imports.qif;

import dev.meridian.core.imports.DatePatterns;
import dev.meridian.core.imports.ImportFileException;
import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.bank.BankStatement;
import dev.meridian.core.imports.bank.StatementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quicken Interchange Format bank and credit-card sections ({@code !Type:Bank}, {@code !Type:CCard},
 * also Cash and Oth A/Oth L): D date, T/U amount, P payee, M memo, N check number, L category,
 * S/E/$ split lines, ^ end of record. QIF dates follow the exporting program's locale (03/04/2024 or
 * 04/03/2024, often with an apostrophe before a two-digit year); the format is chosen once for the
 * whole file from all its dates, and an ambiguous file uses {@code datePattern} when given.
 * Splits stay one booking (the ledger has no split rows); they are listed in the notes and must add up.
 */
public final class QifReader {

    private static final Pattern SHORT_YEAR = Pattern.compile("(\\d{1,2}[/.-]\\d{1,2})([/'.-])(\\d{2})");

    private QifReader() {}

    public static boolean looksLikeQif(String text) {
        return text.stripLeading().regionMatches(true, 0, "!Type:", 0, 6);
    }

    /** Dates of the file, for the wizard to ask day/month order when {@link DatePatterns.Detection#ambiguous()}. */
    public static DatePatterns.Detection dates(String text) {
        List<String> dates = new ArrayList<>();
        for (String raw : text.lines().toList()) {
            if (raw.startsWith("D")) dates.add(normalizeDate(raw.substring(1)));
        }
        return DatePatterns.detect(dates);
    }

    public static BankStatement read(String text, String datePattern) {
        if (!looksLikeQif(text)) throw new ImportFileException(1, "not a QIF file (it must start with !Type:)");
        String pattern = datePattern != null ? datePattern : dates(text).best();
        List<StatementLine> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        List<String> rawLines = text.lines().toList();
        Record rec = null;
        boolean bankSection = false;
        for (int i = 0; i < rawLines.size(); i++) {
            long no = i + 1;
            String l = rawLines.get(i).stripTrailing();
            if (l.isEmpty()) continue;
            char code = l.charAt(0);
            String value = l.substring(1).strip();
            if (code == '!') {
                String type = value.toLowerCase();
                bankSection = type.startsWith("type:bank") || type.startsWith("type:ccard") || type.startsWith("type:cash")
                        || type.startsWith("type:oth");
                continue;
            }
            if (!bankSection) continue;
            if (rec == null) rec = new Record(no);
            switch (code) {
                case 'D' -> rec.date = date(normalizeDate(value), pattern, no, errors);
                case 'T', 'U' -> {
                    if (rec.amount == null) rec.amount = amount(value, no, "T", errors);
                }
                case 'P' -> rec.payee = value;
                case 'M' -> rec.memo = value;
                case 'N' -> rec.check = value;
                case 'L' -> rec.category = value;
                case 'S' -> rec.splits.add(new Split(value, null, null));
                case 'E' -> {
                    if (!rec.splits.isEmpty()) rec.splits.set(rec.splits.size() - 1, rec.splits.getLast().withMemo(value));
                }
                case '$' -> {
                    BigDecimal a = amount(value, no, "$", errors);
                    if (rec.splits.isEmpty()) rec.splits.add(new Split("", null, a));
                    else rec.splits.set(rec.splits.size() - 1, rec.splits.getLast().withAmount(a));
                }
                case '^' -> {
                    rec.finish(lines, errors);
                    rec = null;
                }
                default -> {
                    // C (cleared), A (address) and other fields carry nothing the ledger keeps.
                }
            }
        }
        if (rec != null && rec.hasContent()) {
            throw new ImportFileException(rec.start, "the last record has no closing '^': the file is truncated");
        }
        return new BankStatement("QIF", lines, errors, null, null);
    }

    /**
     * Quicken writes 1/5'24 or 1/ 5/24 for two-digit years (the apostrophe marks 2000 and later); the
     * year is widened to four digits so that one pattern reads the whole file.
     */
    private static String normalizeDate(String value) {
        String v = value.strip().replace(" ", "");
        Matcher m = SHORT_YEAR.matcher(v);
        if (!m.matches()) return v.replace('\'', '/');
        int yy = Integer.parseInt(m.group(3));
        int year = m.group(2).equals("'") || yy < 50 ? 2000 + yy : 1900 + yy;
        String dayMonth = m.group(1);
        char separator = dayMonth.replaceAll("^\\d+", "").charAt(0);
        return dayMonth + separator + year;
    }

    private static LocalDate date(String value, String pattern, long line, List<RowError> errors) {
        if (pattern == null) {
            errors.add(new RowError(line, "D", "'" + value + "' is not a date in any known format"));
            return null;
        }
        try {
            return DatePatterns.parse(value, pattern);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, "D", "date " + e.getMessage()));
            return null;
        }
    }

    private static BigDecimal amount(String value, long line, String field, List<RowError> errors) {
        try {
            return NumberStyle.detect(List.of(value), NumberStyle.DOT_DECIMAL).parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, field, "amount " + e.getMessage()));
            return null;
        }
    }

    private record Split(String category, String memo, BigDecimal amount) {
        Split withMemo(String m) {
            return new Split(category, m, amount);
        }

        Split withAmount(BigDecimal a) {
            return new Split(category, memo, a);
        }
    }

    private static final class Record {
        final long start;
        LocalDate date;
        BigDecimal amount;
        String payee;
        String memo;
        String check;
        String category;
        final List<Split> splits = new ArrayList<>();

        Record(long start) {
            this.start = start;
        }

        boolean hasContent() {
            return date != null || amount != null || payee != null || memo != null;
        }

        void finish(List<StatementLine> out, List<RowError> errors) {
            if (date == null) {
                if (errors.stream().noneMatch(e -> e.line() >= start)) errors.add(new RowError(start, "D", "the record has no date"));
                return;
            }
            if (amount == null) {
                if (errors.stream().noneMatch(e -> e.line() >= start)) errors.add(new RowError(start, "T", "the record has no amount"));
                return;
            }
            String notes = null;
            if (!splits.isEmpty()) {
                BigDecimal sum = BigDecimal.ZERO;
                StringBuilder text = new StringBuilder("Split: ");
                for (Split s : splits) {
                    BigDecimal a = s.amount() == null ? BigDecimal.ZERO : s.amount();
                    sum = sum.add(a);
                    if (text.length() > 7) text.append("; ");
                    text.append(s.category().isEmpty() ? "(no category)" : s.category()).append(' ').append(a.toPlainString());
                    if (s.memo() != null && !s.memo().isEmpty()) text.append(" (").append(s.memo()).append(')');
                }
                if (sum.compareTo(amount) != 0) {
                    errors.add(new RowError(start, "$", "the splits add up to " + sum.toPlainString() + " but the total is " + amount.toPlainString()));
                    return;
                }
                notes = text.toString();
            }
            out.add(new StatementLine(start, date, amount, payee, memo, null, check, category, notes));
        }
    }
}
