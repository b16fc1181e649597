package dev.meridian.sync.market.yahoo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.http.HttpReply;
import dev.meridian.sync.market.http.JsonBody;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code /v1/finance/search}: {@code quotes[]} with symbol, names, quoteType and exchange. */
final class YahooSearchReader {

    private YahooSearchReader() {
    }

    static List<SymbolMatch> read(HttpReply reply) {
        JsonNode quotes = JsonBody.parse(reply.requireSuccess(), "search results with a quotes list").path("quotes");
        List<SymbolMatch> matches = new ArrayList<>();
        for (JsonNode quote : quotes) {
            AssetClass assetClass = assetClass(quote.path("quoteType").asText(""));
            String symbol = quote.path("symbol").asText("");
            if (assetClass == null || symbol.isEmpty()) continue;
            String name = quote.path("longname").asText(quote.path("shortname").asText(symbol));
            String exchange = quote.path("exchDisp").asText(quote.path("exchange").asText(null));
            matches.add(new SymbolMatch(YahooFinanceProvider.ID, symbol, name, assetClass, exchange, null, null));
        }
        return matches;
    }

    /** Indices, futures and options have no asset class in Meridian yet, so they are not offered. */
    private static AssetClass assetClass(String quoteType) {
        return switch (quoteType) {
            case "EQUITY" -> AssetClass.STOCK;
            case "ETF" -> AssetClass.ETF;
            case "MUTUALFUND" -> AssetClass.FUND;
            case "CRYPTOCURRENCY" -> AssetClass.CRYPTO;
            case "CURRENCY" -> AssetClass.FX;
            default -> null;
        };
    }
}
