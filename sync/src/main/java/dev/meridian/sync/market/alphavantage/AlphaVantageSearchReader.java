package dev.meridian.sync.market.alphavantage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.sync.market.SymbolMatch;
import java.util.ArrayList;
import java.util.List;

/** Reads SYMBOL_SEARCH's {@code bestMatches[]}, whose keys are numbered ("1. symbol", "8. currency"). */
final class AlphaVantageSearchReader {

    private AlphaVantageSearchReader() {
    }

    static List<SymbolMatch> read(JsonNode root) {
        List<SymbolMatch> matches = new ArrayList<>();
        for (JsonNode match : root.path("bestMatches")) {
            String symbol = match.path("1. symbol").asText("");
            if (symbol.isEmpty()) continue;
            AssetClass assetClass = switch (match.path("3. type").asText("")) {
                case "ETF" -> AssetClass.ETF;
                case "Mutual Fund" -> AssetClass.FUND;
                default -> AssetClass.STOCK;
            };
            matches.add(new SymbolMatch(AlphaVantageProvider.ID, symbol, match.path("2. name").asText(symbol), assetClass,
                    match.path("4. region").asText(null), match.path("8. currency").asText(null), null));
        }
        return matches;
    }
}
