package dev.meridian.core.imports.ofx;

import dev.meridian.core.imports.ImportFileException;
import dev.meridian.core.imports.RowError;
import dev.meridian.core.imports.bank.BankStatement;
import dev.meridian.core.imports.bank.StatementLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bank and credit-card statements from OFX/QFX files: 1.x (SGML, a colon-separated header and leaf
 * elements without closing tags) and 2.x (XML). One tolerant tag scanner reads both: a leaf's value is
 * the text up to the next tag. Every {@code <STMTTRN>} becomes a {@link StatementLine}; a file that
 * ends before its transaction list or the {@code </OFX>} tag is rejected as truncated.
 */
public final class OfxReader {

    private OfxReader() {}

    /** True when the text looks like OFX (either header style, or an {@code <OFX>} tag near the start). */
    public static boolean looksLikeOfx(String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toUpperCase();
        return head.contains("OFXHEADER") || head.contains("<OFX>");
    }

    public static BankStatement read(String text) {
        if (!looksLikeOfx(text)) throw new ImportFileException(0, "not an OFX file (no OFXHEADER and no <OFX> tag)");
        List<OfxTag> tags = OfxTag.scan(text);
        List<StatementLine> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String currency = null;
        String account = null;
        boolean sawOfxEnd = false;
        boolean sawListEnd = false;
        Map<String, String> current = null;
        long currentLine = 0;
        for (OfxTag tag : tags) {
            String name = tag.name();
            if (tag.closing()) {
                if (name.equals("STMTTRN") && current != null) {
                    toLine(current, currentLine, lines, errors);
                    current = null;
                } else if (name.equals("BANKTRANLIST")) {
                    sawListEnd = true;
                } else if (name.equals("OFX")) {
                    sawOfxEnd = true;
                }
                continue;
            }
            if (name.equals("STMTTRN")) {
                if (current != null) toLine(current, currentLine, lines, errors);
                current = new HashMap<>();
                currentLine = tag.line();
            } else if (current != null && tag.value() != null) {
                current.putIfAbsent(name, tag.value());
                current.putIfAbsent(name + "@line", Long.toString(tag.line()));
            } else if (name.equals("CURDEF") && tag.value() != null) {
                currency = tag.value();
            } else if (name.equals("ACCTID") && tag.value() != null) {
                account = tag.value();
            }
        }
        long last = tags.isEmpty() ? 1 : tags.getLast().line();
        if (current != null) throw new ImportFileException(currentLine, "the file ends inside a transaction (<STMTTRN> is never closed): the file is truncated");
        if (!sawListEnd && !lines.isEmpty()) throw new ImportFileException(last, "the file ends before </BANKTRANLIST>: the file is truncated");
        if (!sawOfxEnd) throw new ImportFileException(last, "the file ends before </OFX>: the file is truncated");
        return new BankStatement("OFX", lines, errors, currency, account);
    }

    private static void toLine(Map<String, String> f, long line, List<StatementLine> out, List<RowError> errors) {
        String dateText = f.get("DTPOSTED");
        String amountText = f.get("TRNAMT");
        if (dateText == null) {
            errors.add(new RowError(line, "DTPOSTED", "the transaction has no posting date"));
            return;
        }
        if (amountText == null) {
            errors.add(new RowError(line, "TRNAMT", "the transaction has no amount"));
            return;
        }
        LocalDate date;
        try {
            date = OfxDate.parse(dateText);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(lineOf(f, "DTPOSTED", line), "DTPOSTED", e.getMessage()));
            return;
        }
        BigDecimal amount;
        try {
            // OFX amounts use '.', but some banks write ',' as the decimal separator.
            amount = new BigDecimal(amountText.strip().replace(',', '.').replace("+", ""));
        } catch (NumberFormatException e) {
            errors.add(new RowError(lineOf(f, "TRNAMT", line), "TRNAMT", "'" + amountText + "' is not an amount"));
            return;
        }
        String payee = f.getOrDefault("NAME", f.get("PAYEE"));
        out.add(new StatementLine(line, date, amount, payee, f.get("MEMO"), f.get("FITID"), f.get("CHECKNUM"), null, null));
    }

    private static long lineOf(Map<String, String> f, String field, long fallback) {
        String l = f.get(field + "@line");
        return l == null ? fallback : Long.parseLong(l);
    }
}
