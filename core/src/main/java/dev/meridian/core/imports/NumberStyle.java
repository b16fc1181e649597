package dev.meridian.core.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a file writes amounts: {@code 1,234.56} or {@code 1.234,56}. Parsing also accepts a leading or
 * trailing minus, parentheses for negatives, currency symbols and codes, and spaces, apostrophes or
 * no-break spaces as thousands separators.
 */
public enum NumberStyle {
    /** {@code 1,234.56} — US, UK, most exports in English. */
    DOT_DECIMAL('.', ','),
    /** {@code 1.234,56} — Germany, the Netherlands, France (with spaces), most of Europe. */
    COMMA_DECIMAL(',', '.');

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}|[$€£¥₹₩₽₺₪฿₫₴₦₱]|CHF|Fr\\.?|kr|zł");
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");

    private final char decimal;
    private final char grouping;

    NumberStyle(char decimal, char grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    /** The number in {@code text}, or an {@link IllegalArgumentException} saying why it is not one. */
    public BigDecimal parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("is empty");
        String s = text.strip();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        s = CURRENCY.matcher(s).replaceAll("").strip();
        if (s.startsWith("-") || s.startsWith("−")) {
            negative = !negative;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        } else if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = CURRENCY.matcher(s).replaceAll("").strip();
        StringBuilder plain = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == decimal) {
                plain.append('.');
            } else if (c == grouping || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '’') {
                if (c == grouping && plain.indexOf(".") >= 0) throw new IllegalArgumentException(quote(text) + " has a thousands separator after the decimal " + describe());
            } else {
                plain.append(c);
            }
        }
        if (!DIGITS.matcher(plain).matches()) throw new IllegalArgumentException(quote(text) + " is not an amount (" + example() + ")");
        BigDecimal value = new BigDecimal(plain.toString());
        return negative ? value.negate() : value;
    }

    /** Example of the style, for labels and messages. */
    public String example() {
        return this == DOT_DECIMAL ? "1,234.56" : "1.234,56";
    }

    /**
     * The style that reads every sample, preferring the one a sample proves (both separators present,
     * or a decimal part that is not three digits long). Falls back to {@code fallback} when the samples
     * cannot tell (only integers, or only "1,234"-like values).
     */
    public static NumberStyle detect(Iterable<String> samples, NumberStyle fallback) {
        int dot = 0;
        int comma = 0;
        for (String raw : samples) {
            if (raw == null) continue;
            String s = raw.strip();
            int lastDot = s.lastIndexOf('.');
            int lastComma = s.lastIndexOf(',');
            if (lastDot >= 0 && lastComma >= 0) {
                if (lastDot > lastComma) dot++; else comma++;
            } else if (lastDot >= 0 && proves(s, lastDot, '.')) {
                dot++;
            } else if (lastComma >= 0 && proves(s, lastComma, ',')) {
                comma++;
            }
        }
        if (dot == comma) return fallback;
        return dot > comma ? DOT_DECIMAL : COMMA_DECIMAL;
    }

    /** A separator is a decimal one if it occurs once and is not followed by exactly three digits. */
    private static boolean proves(String s, int index, char separator) {
        if (s.indexOf(separator) != index) return false;
        int digits = 0;
        for (int i = index + 1; i < s.length() && Character.isDigit(s.charAt(i)); i++) digits++;
        return digits != 3;
    }

    private String describe() {
        return "'" + decimal + "'";
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }
}
