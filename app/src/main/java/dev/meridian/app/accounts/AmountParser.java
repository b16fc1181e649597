package dev.meridian.app.accounts;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Reads an amount the user typed. Accepts "1234.56", "1,234.56" and "1234,56"; refuses anything
 * else with a message that names the field and shows the expected form.
 */
public final class AmountParser {

    private static final Pattern DOT_DECIMAL = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d{1,2}");

    private AmountParser() {
    }

    /** The result: a value, or the message to show beside the field. */
    public sealed interface Result permits Parsed, Invalid { }

    public record Parsed(BigDecimal value) implements Result { }

    public record Invalid(String message) implements Result { }

    /** Parses a non-negative amount with at most the currency's decimals; {@code field} names it in errors. */
    public static Result parse(String field, String text, String currency) {
        String t = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) return new Invalid(field + ": required.");
        BigDecimal value;
        if (DOT_DECIMAL.matcher(t).matches()) {
            value = new BigDecimal(t.replace(",", ""));
        } else if (COMMA_DECIMAL.matcher(t).matches()) {
            value = new BigDecimal(t.replace(',', '.'));
        } else {
            return new Invalid(field + ": '" + text.strip() + "' is not a number — write it like 1234.56.");
        }
        if (value.signum() < 0) return new Invalid(field + ": enter it without a sign; the type decides whether money comes in or goes out.");
        if (value.signum() == 0) return new Invalid(field + ": must be more than zero.");
        int digits = fractionDigits(currency);
        if (value.stripTrailingZeros().scale() > digits) {
            return new Invalid(field + ": " + currency + " has at most " + digits + " decimals.");
        }
        return new Parsed(value);
    }

    /** Decimals of a currency: ISO 4217 for fiat, 8 for crypto codes Java does not know. */
    static int fractionDigits(String currency) {
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException cryptoOrUnknown) {
            return 8;
        }
    }
}
