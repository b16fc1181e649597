package dev.meridian.charts.model;

import java.util.Locale;

/** Number formatting for legends and axis labels: enough decimals for the magnitude, compact volumes. */
public final class PriceFormat {

    private PriceFormat() {
    }

    public static String price(double v) {
        if (Double.isNaN(v)) return "—";
        double a = Math.abs(v);
        int decimals = a >= 1000 ? 2 : a >= 1 ? 2 : a >= 0.01 ? 4 : 6;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * A price-axis label: thousands grouped without decimals from 1,000 up (never "7.5E4"), otherwise
     * the decimals {@link #price} uses for the magnitude.
     */
    public static String axis(double v) {
        if (Double.isNaN(v)) return "";
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        return price(v);
    }

    public static String volume(double v) {
        if (Double.isNaN(v)) return "—";
        double a = Math.abs(v);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.2fB", v / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        if (a >= 1e3) return String.format(Locale.ROOT, "%.2fK", v / 1e3);
        return String.format(Locale.ROOT, "%.0f", v);
    }

    public static String percent(double v) {
        if (Double.isNaN(v)) return "—";
        return String.format(Locale.ROOT, "%+.2f%%", v);
    }
}
