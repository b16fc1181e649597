package dev.meridian.app.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Percentages, ratios and quantities the way the user's locale writes them; NaN and null read as an em dash. */
public final class FigureFormat {

    public static final String NONE = "—";

    private final Locale locale;
    public final DateTimeFormatter date;

    public FigureFormat(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** A fraction as a percentage with two decimals: 0.1234 → "12.34 %"; {@code signed} adds "+" to gains. */
    public String percent(double fraction, boolean signed) {
        if (!Double.isFinite(fraction)) return NONE;
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        String text = f.format(fraction * 100) + " %";
        return signed && fraction > 0 ? "+" + text : text;
    }

    /** One decimal, for dense table columns: 0.1234 → "+12.3 %". */
    public String percentShort(double fraction) {
        if (!Double.isFinite(fraction)) return NONE;
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        String text = f.format(fraction * 100) + " %";
        return fraction > 0 ? "+" + text : text;
    }

    public String percent(BigDecimal fraction) {
        return fraction == null ? NONE : percent(fraction.doubleValue(), false);
    }

    /** A ratio such as Sharpe or beta, two decimals. */
    public String ratio(double value) {
        if (!Double.isFinite(value)) return NONE;
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    /** A quantity with as many decimals as it has, up to 8 (crypto), grouped. */
    public String quantity(BigDecimal q) {
        return quantity(q, 8);
    }

    /** A quantity with as many decimals as it has, up to {@code maxDecimals}, grouped. */
    public String quantity(BigDecimal q, int maxDecimals) {
        if (q == null) return "";
        BigDecimal shown = q.setScale(Math.min(maxDecimals, Math.max(0, q.stripTrailingZeros().scale())), RoundingMode.HALF_EVEN);
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(shown.scale());
        f.setMaximumFractionDigits(shown.scale());
        return f.format(shown);
    }

    /** An amount without its currency symbol, with the currency's usual decimals (two for codes Java does not know). */
    public String amount(dev.meridian.core.money.Money m) {
        if (m == null) return "";
        int digits;
        try {
            digits = Math.max(0, java.util.Currency.getInstance(m.currency()).getDefaultFractionDigits());
        } catch (IllegalArgumentException notIso) {
            digits = 2;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(m.amount().setScale(digits, RoundingMode.HALF_EVEN));
    }

    /** A price with two to six decimals. */
    public String price(BigDecimal p) {
        if (p == null) return "";
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(6);
        return f.format(p);
    }
}
