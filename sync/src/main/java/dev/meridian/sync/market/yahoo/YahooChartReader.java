package dev.meridian.sync.market.yahoo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.money.Money;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.http.HttpReply;
import dev.meridian.sync.market.http.JsonBody;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a v8 chart answer: parallel arrays under {@code indicators.quote[0]} where a missing bar is a
 * {@code null} in each array (skipped), timestamps in epoch seconds, and splits/dividends under
 * {@code events} keyed by timestamp. Ex-dates are taken in the exchange's time zone.
 */
final class YahooChartReader {

    private YahooChartReader() {
    }

    static PriceHistory read(HttpReply reply, String symbol, Instant from, Instant to) {
        if (reply.code() == 401 || reply.code() == 403) throw reply.failure();
        JsonNode root = JsonBody.parse(reply, "a chart with timestamps and quotes");
        JsonNode chart = root.path("chart");
        JsonNode error = chart.path("error");
        if (!reply.isSuccessful() || (error.isObject() && !chart.path("result").isArray())) {
            throw failure(reply, symbol, error);
        }
        JsonNode result = chart.path("result").path(0);
        if (!result.isObject()) throw reply.badBody("chart.result[0]", null);
        JsonNode meta = result.path("meta");
        ZoneId zone = zoneOf(meta.path("exchangeTimezoneName").asText(""));
        String currency = meta.path("currency").asText("");
        BarSeries bars = bars(reply, result, from, to);
        List<CorporateAction> actions = new ArrayList<>();
        readSplits(result.path("events").path("splits"), zone, from, to, actions);
        readDividends(result.path("events").path("dividends"), zone, currency, from, to, actions);
        actions.sort(Comparator.comparing(CorporateAction::exDate));
        return new PriceHistory(bars, actions);
    }

    private static BarSeries bars(HttpReply reply, JsonNode result, Instant from, Instant to) {
        JsonNode timestamps = result.path("timestamp");
        BarSeries bars = new BarSeries(Math.max(16, timestamps.size()));
        if (!timestamps.isArray()) return bars; // a range without trading has no timestamp array at all
        JsonNode quote = result.path("indicators").path("quote").path(0);
        if (!quote.isObject()) throw reply.badBody("indicators.quote[0] beside the timestamps", null);
        JsonNode open = quote.path("open"), high = quote.path("high"), low = quote.path("low");
        JsonNode close = quote.path("close"), volume = quote.path("volume");
        long fromMs = from.toEpochMilli(), toMs = to.toEpochMilli();
        for (int i = 0; i < timestamps.size(); i++) {
            long t = timestamps.get(i).asLong() * 1000L;
            if (t < fromMs || t >= toMs) continue;
            double o = JsonBody.number(open.get(i)), h = JsonBody.number(high.get(i));
            double l = JsonBody.number(low.get(i)), c = JsonBody.number(close.get(i));
            if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c)) continue;
            double v = JsonBody.number(volume.get(i));
            // Yahoo repeats the live bar's timestamp at the end of some answers: keep the newer values.
            if (!bars.isEmpty() && t <= bars.time(bars.size() - 1)) {
                if (t == bars.time(bars.size() - 1)) bars.reviseLast(o, h, l, c, Double.isNaN(v) ? 0 : v);
                continue;
            }
            bars.append(t, o, h, l, c, Double.isNaN(v) ? 0 : v);
        }
        return bars;
    }

    private static void readSplits(JsonNode splits, ZoneId zone, Instant from, Instant to, List<CorporateAction> out) {
        for (Iterator<JsonNode> it = splits.elements(); it.hasNext(); ) {
            JsonNode split = it.next();
            Instant at = Instant.ofEpochSecond(split.path("date").asLong());
            if (at.isBefore(from) || !at.isBefore(to)) continue;
            BigDecimal numerator = decimal(split.path("numerator"));
            BigDecimal denominator = decimal(split.path("denominator"));
            if (numerator == null || denominator == null || numerator.signum() <= 0 || denominator.signum() <= 0) continue;
            out.add(withProviderId(CorporateAction.split(0, LocalDate.ofInstant(at, zone), denominator, numerator),
                    "yahoo:split:" + at.getEpochSecond()));
        }
    }

    private static void readDividends(JsonNode dividends, ZoneId zone, String currency, Instant from, Instant to,
            List<CorporateAction> out) {
        if (currency.isEmpty()) return;
        for (Iterator<JsonNode> it = dividends.elements(); it.hasNext(); ) {
            JsonNode dividend = it.next();
            Instant at = Instant.ofEpochSecond(dividend.path("date").asLong());
            BigDecimal amount = decimal(dividend.path("amount"));
            if (at.isBefore(from) || !at.isBefore(to) || amount == null) continue;
            out.add(withProviderId(CorporateAction.dividend(0, LocalDate.ofInstant(at, zone), new Money(amount, currency)),
                    "yahoo:dividend:" + at.getEpochSecond()));
        }
    }

    private static CorporateAction withProviderId(CorporateAction a, String providerId) {
        return new CorporateAction(a.id(), a.instrumentId(), a.type(), a.exDate(), a.splitFrom(), a.splitTo(),
                a.dividendPerShare(), providerId);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || !node.isNumber() && !node.isTextual()) return null;
        try {
            // Through the text form: 0.24 stays 0.24 instead of a binary-double expansion.
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ZoneId zoneOf(String name) {
        try {
            return name.isEmpty() ? ZoneOffset.UTC : ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static RuntimeException failure(HttpReply reply, String symbol, JsonNode error) {
        String description = error.path("description").asText("");
        if (reply.code() == 404 || reply.code() == 400 || reply.code() == 422 || reply.isSuccessful()) {
            return reply.fail(Kind.NOT_FOUND, "Yahoo Finance has no data for " + symbol
                    + (description.isEmpty() ? "" : ": " + description) + ". Check the symbol (e.g. SAP.DE, ^GSPC) or the range.");
        }
        return reply.failure();
    }
}
