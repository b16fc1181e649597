package dev.meridian.sync.market.stooq;

import dev.meridian.core.market.BarSeries;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.http.HttpReply;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads Stooq's CSV ({@code Date,Open,High,Low,Close,Volume}, oldest first; indices and FX have no
 * Volume column). Stooq answers 200 with a plain-text body when it has nothing: "No data" for an
 * unknown symbol, "Exceeded the daily hits limit" when throttling. Bars are stamped 00:00 UTC.
 */
final class StooqCsvReader {

    private StooqCsvReader() {
    }

    static BarSeries read(HttpReply reply, String symbol, Instant from, Instant to) {
        String body = reply.requireSuccess().body().strip();
        String lower = body.toLowerCase(Locale.ROOT);
        if (body.isEmpty() || lower.startsWith("no data")) {
            throw reply.fail(Kind.NOT_FOUND, "Stooq has no data for '" + symbol
                    + "' in this range; Stooq symbols carry a market suffix, e.g. aapl.us, sap.de, ^spx.");
        }
        if (lower.contains("exceeded the daily hits limit")) {
            throw reply.fail(Kind.RATE_LIMITED, "Stooq's daily download limit for this network is used up; it resets"
                    + " tomorrow, meanwhile the next provider is used.");
        }
        String[] lines = body.split("\r?\n");
        String[] header = lines[0].split(",");
        if (header.length < 5 || !header[0].equalsIgnoreCase("Date") || !header[4].equalsIgnoreCase("Close")) {
            throw reply.badBody("CSV with a Date,Open,High,Low,Close header, found '" + clip(lines[0]) + "'", null);
        }
        boolean hasVolume = header.length > 5 && header[5].equalsIgnoreCase("Volume");
        BarSeries bars = new BarSeries(lines.length);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] f = line.split(",");
            if (f.length < 5) throw reply.badBody("five or more fields on line " + (i + 1) + ", found '" + clip(line) + "'", null);
            long t;
            try {
                t = LocalDate.parse(f[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw reply.badBody("a date like 2024-01-02 on line " + (i + 1) + ", found '" + clip(f[0]) + "'", e);
            }
            if (t < from.toEpochMilli() || t >= to.toEpochMilli()) continue;
            if (!bars.isEmpty() && t <= bars.time(bars.size() - 1)) continue;
            try {
                double v = hasVolume && f.length > 5 && !f[5].isBlank() ? Double.parseDouble(f[5]) : 0;
                bars.append(t, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), v);
            } catch (NumberFormatException e) {
                throw reply.badBody("numbers on line " + (i + 1) + ", found '" + clip(line) + "'", e);
            }
        }
        return bars;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
