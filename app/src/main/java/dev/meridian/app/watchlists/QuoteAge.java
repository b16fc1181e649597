package dev.meridian.app.watchlists;

/** How old a quote is, in the fewest characters a dense table can show: "12 s", "5 min", "3 h", "3 d". */
public final class QuoteAge {

    private QuoteAge() {
    }

    public static String format(long nowMillis, long updatedAtMillis) {
        if (updatedAtMillis == Long.MIN_VALUE) return "—";
        long seconds = Math.max(0, (nowMillis - updatedAtMillis) / 1000);
        if (seconds < 60) return seconds + " s";
        if (seconds < 3600) return seconds / 60 + " min";
        if (seconds < 86_400) return seconds / 3600 + " h";
        return seconds / 86_400 + " d";
    }
}
