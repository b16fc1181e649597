package dev.meridian.sync.market.alphavantage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.market.BarSeries;
import dev.meridian.sync.market.http.HttpReply;
import dev.meridian.sync.market.http.JsonBody;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a "Time Series (...)" object: newest first, keyed by date ("2024-06-07") or local timestamp
 * ("2024-06-07 19:55:00" in the meta data's time zone), every number a string ("168.1800").
 * Daily bars are stamped at 00:00 UTC of their trading date (the vendor gives no session time).
 */
final class AlphaVantageSeriesReader {

    private static final DateTimeFormatter INTRADAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AlphaVantageSeriesReader() {
    }

    static BarSeries read(HttpReply reply, JsonNode root, String seriesKey, boolean intraday, Instant from, Instant to) {
        JsonNode series = root.path(seriesKey);
        if (!series.isObject()) throw reply.badBody("a \"" + seriesKey + "\" object", null);
        ZoneId zone = intraday ? zoneOf(root.path("Meta Data")) : ZoneOffset.UTC;
        List<long[]> order = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = series.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            long t = epochMillis(reply, entry.getKey(), intraday, zone);
            if (t < from.toEpochMilli() || t >= to.toEpochMilli()) continue;
            order.add(new long[] {t, rows.size()});
            rows.add(entry.getValue());
        }
        order.sort((a, b) -> Long.compare(a[0], b[0]));
        BarSeries bars = new BarSeries(order.size());
        for (long[] item : order) {
            JsonNode row = rows.get((int) item[1]);
            double o = JsonBody.number(row.get("1. open")), h = JsonBody.number(row.get("2. high"));
            double l = JsonBody.number(row.get("3. low")), c = JsonBody.number(row.get("4. close"));
            double v = JsonBody.number(row.has("5. volume") ? row.get("5. volume") : row.get("6. volume"));
            if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c)) continue;
            if (!bars.isEmpty() && item[0] == bars.time(bars.size() - 1)) continue;
            bars.append(item[0], o, h, l, c, Double.isNaN(v) ? 0 : v);
        }
        return bars;
    }

    private static long epochMillis(HttpReply reply, String key, boolean intraday, ZoneId zone) {
        try {
            if (intraday) return LocalDateTime.parse(key, INTRADAY).atZone(zone).toInstant().toEpochMilli();
            return LocalDate.parse(key).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw reply.badBody("dates like 2024-06-07" + (intraday ? " 19:55:00" : "") + ", found '" + key + "'", e);
        }
    }

    private static ZoneId zoneOf(JsonNode meta) {
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().endsWith("Time Zone")) continue;
            try {
                return ZoneId.of(field.getValue().asText());
            } catch (DateTimeException unknown) {
                break;
            }
        }
        return ZoneId.of("America/New_York");
    }
}
