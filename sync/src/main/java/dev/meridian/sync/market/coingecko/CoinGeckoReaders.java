package dev.meridian.sync.market.coingecko;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.BarSeries;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.http.HttpReply;
import dev.meridian.sync.market.http.JsonBody;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads CoinGecko's answers: arrays of {@code [ms, value]} pairs, OHLC rows, markets and search. */
final class CoinGeckoReaders {

    private static final long DAY_MS = 86_400_000L;

    private CoinGeckoReaders() {
    }

    /** Errors come as {@code {"error":"coin not found"}} or {@code {"status":{"error_code":..,"error_message":..}}}. */
    static JsonNode parse(HttpReply reply, String coin, String expectation) {
        if (reply.code() == 404) {
            throw reply.fail(Kind.NOT_FOUND, "CoinGecko does not know the coin id '" + coin
                    + "'; search for it to get its id (e.g. bitcoin, ethereum).");
        }
        if (reply.code() == 401 || reply.code() == 403) throw unauthorized(reply);
        JsonNode root = JsonBody.parse(reply.requireSuccess(), expectation);
        if (root.isObject() && root.has("error") && !root.has("prices")) {
            throw reply.fail(Kind.NOT_FOUND, "CoinGecko has no data for '" + coin + "': " + root.path("error").asText());
        }
        return root;
    }

    private static ProviderException unauthorized(HttpReply reply) {
        JsonNode body = JsonBody.parseOrNull(reply.body());
        String said = body == null ? "" : body.path("status").path("error_message").asText(body.path("error").asText(""));
        return reply.fail(Kind.UNAUTHORIZED, "CoinGecko refused the request (HTTP " + reply.code() + ")"
                + (said.isEmpty() ? "" : ": " + said) + ". Check the CoinGecko demo key in Connections;"
                + " without a paid plan history older than 365 days is not available.");
    }

    /**
     * market_chart with {@code interval=daily}: one price per day at 00:00 UTC plus, last, the current
     * price at its own time; the latter revises today's bar. Bars are close-only (open=high=low=close).
     */
    static BarSeries dailyCloses(HttpReply reply, JsonNode root, Instant from, Instant to) {
        JsonNode prices = root.path("prices");
        JsonNode volumes = root.path("total_volumes");
        if (!prices.isArray()) throw reply.badBody("a prices array of [time, price] pairs", null);
        BarSeries bars = new BarSeries(prices.size());
        for (int i = 0; i < prices.size(); i++) {
            JsonNode pair = prices.get(i);
            long t = Math.floorDiv(pair.path(0).asLong(), DAY_MS) * DAY_MS;
            double price = JsonBody.number(pair.get(1));
            if (Double.isNaN(price) || t < from.toEpochMilli() || t >= to.toEpochMilli()) continue;
            double volume = JsonBody.number(volumes.path(i).get(1));
            double v = Double.isNaN(volume) ? 0 : volume;
            if (!bars.isEmpty() && t == bars.time(bars.size() - 1)) {
                bars.reviseLast(price, price, price, price, v);
            } else if (bars.isEmpty() || t > bars.time(bars.size() - 1)) {
                bars.append(t, price, price, price, price, v);
            }
        }
        return bars;
    }

    /** {@code /ohlc}: rows {@code [ms, open, high, low, close]}, no volume; the time is the candle's close. */
    static BarSeries ohlc(HttpReply reply, JsonNode root, long candleMs, Instant from, Instant to) {
        if (!root.isArray()) throw reply.badBody("an array of [time, open, high, low, close] rows", null);
        BarSeries bars = new BarSeries(root.size());
        for (JsonNode row : root) {
            long open = row.path(0).asLong() - candleMs;
            double o = JsonBody.number(row.get(1)), h = JsonBody.number(row.get(2));
            double l = JsonBody.number(row.get(3)), c = JsonBody.number(row.get(4));
            if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c)) continue;
            if (open < from.toEpochMilli() || open >= to.toEpochMilli()) continue;
            if (!bars.isEmpty() && open <= bars.time(bars.size() - 1)) continue;
            bars.append(open, o, h, l, c, Double.NaN);
        }
        return bars;
    }

    static List<SymbolMatch> search(JsonNode root) {
        List<SymbolMatch> matches = new ArrayList<>();
        for (JsonNode coin : root.path("coins")) {
            String id = coin.path("id").asText("");
            if (id.isEmpty()) continue;
            String name = coin.path("name").asText(id) + " (" + coin.path("symbol").asText("").toUpperCase() + ")";
            matches.add(new SymbolMatch(CoinGeckoProvider.ID, id, name, AssetClass.CRYPTO, null, null, "UTC"));
        }
        return matches;
    }

    static List<CoinMarket> markets(HttpReply reply, JsonNode root, String vsCurrency) {
        if (!root.isArray()) throw reply.badBody("an array of coin markets", null);
        List<CoinMarket> markets = new ArrayList<>();
        for (JsonNode coin : root) {
            markets.add(new CoinMarket(coin.path("id").asText(), coin.path("symbol").asText(), coin.path("name").asText(),
                    vsCurrency, JsonBody.number(coin.get("current_price")), JsonBody.number(coin.get("high_24h")),
                    JsonBody.number(coin.get("low_24h")), JsonBody.number(coin.get("total_volume")),
                    JsonBody.number(coin.get("price_change_percentage_24h")), instant(coin.path("last_updated").asText(""))));
        }
        return markets;
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
