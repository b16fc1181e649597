package dev.meridian.sync.market.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.sync.market.http.JsonBody;
import java.util.Optional;

/**
 * One tick out of a combined-stream {@code data} object: a 24 h ticker ({@code "e":"24hrTicker"},
 * last price {@code c}, 24 h volume {@code v}) or a kline ({@code "e":"kline"}, the bar's close and volume).
 */
record BinanceStreamTick(String symbol, long epochMillis, double price, double volume) {

    static Optional<BinanceStreamTick> from(JsonNode data) {
        String symbol = data.path("s").asText("");
        long time = data.path("E").asLong(0);
        if (symbol.isEmpty() || time == 0) return Optional.empty();
        return switch (data.path("e").asText("")) {
            case "24hrTicker" -> of(symbol, time, data.get("c"), data.get("v"));
            case "kline" -> of(symbol, time, data.path("k").get("c"), data.path("k").get("v"));
            default -> Optional.empty();
        };
    }

    private static Optional<BinanceStreamTick> of(String symbol, long time, JsonNode price, JsonNode volume) {
        double p = JsonBody.number(price);
        if (Double.isNaN(p)) return Optional.empty();
        return Optional.of(new BinanceStreamTick(symbol, time, p, JsonBody.number(volume)));
    }
}
