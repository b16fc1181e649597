package dev.meridian.sync.market.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.BarSink;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.http.HttpReply;
import dev.meridian.sync.market.http.JsonBody;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Binance REST answers. Klines are arrays {@code [openTime, "open", "high", "low", "close",
 * "volume", closeTime, ...]} with string-typed prices; errors are {@code {"code":-1121,"msg":"Invalid symbol."}}.
 */
final class BinanceReplies {

    /** Binance's error code for an unknown symbol. */
    private static final int INVALID_SYMBOL = -1121;

    private BinanceReplies() {
    }

    static JsonNode parse(HttpReply reply, String symbol, String expectation) {
        if (!reply.isSuccessful()) {
            JsonNode error = JsonBody.parseOrNull(reply.body());
            int code = error == null ? 0 : error.path("code").asInt();
            String msg = error == null ? "" : error.path("msg").asText("");
            if (code == INVALID_SYMBOL || reply.code() == 404) {
                throw reply.fail(Kind.NOT_FOUND, "Binance does not list '" + symbol
                        + "'; Binance symbols join base and quote asset, e.g. BTCUSDT or ETHEUR.");
            }
            if (reply.code() == 401 || reply.code() == 403) throw reply.failure();
            throw reply.fail(Kind.BAD_RESPONSE, "Binance rejected the request for " + symbol + " (HTTP " + reply.code()
                    + (msg.isEmpty() ? "" : ", code " + code + ": " + msg) + ").");
        }
        return JsonBody.parse(reply, expectation);
    }

    /** Appends the page's klines after {@code afterMillis} and before {@code toMillis}; returns the last open time read, or -1. */
    static long appendKlines(HttpReply reply, JsonNode page, BarSink sink, long afterMillis, long toMillis) {
        if (!page.isArray()) throw reply.badBody("an array of klines", null);
        long last = -1;
        for (JsonNode row : page) {
            if (!row.isArray() || row.size() < 6) throw reply.badBody("klines of at least six fields", null);
            long open = row.get(0).asLong();
            last = Math.max(last, open);
            if (open <= afterMillis || open >= toMillis) continue;
            double o = JsonBody.number(row.get(1)), h = JsonBody.number(row.get(2));
            double l = JsonBody.number(row.get(3)), c = JsonBody.number(row.get(4));
            double v = JsonBody.number(row.get(5));
            if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(c)) continue;
            sink.append(open, o, h, l, c, Double.isNaN(v) ? 0 : v);
        }
        return last;
    }

    static List<BinanceSymbol> symbols(HttpReply reply, JsonNode root) {
        JsonNode symbols = root.path("symbols");
        if (!symbols.isArray()) throw reply.badBody("exchange info with a symbols list", null);
        List<BinanceSymbol> out = new ArrayList<>(symbols.size());
        for (JsonNode s : symbols) {
            if (!"TRADING".equals(s.path("status").asText())) continue;
            out.add(new BinanceSymbol(s.path("symbol").asText(), s.path("baseAsset").asText(), s.path("quoteAsset").asText()));
        }
        return out;
    }

    record BinanceSymbol(String symbol, String baseAsset, String quoteAsset) {
        SymbolMatch toMatch() {
            return new SymbolMatch(BinanceProvider.ID, symbol, baseAsset + "/" + quoteAsset, AssetClass.CRYPTO, "Binance",
                    quoteAsset, "UTC");
        }
    }
}
