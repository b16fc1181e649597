package dev.meridian.core.imports.trades;

import dev.meridian.core.domain.TransactionType;
import java.util.Locale;
import java.util.Map;

/** Words brokers use for a booking's type, in English, German, Dutch, French and Spanish. */
public final class TradeTypeNames {

    private static final Map<String, TransactionType> NAMES = Map.ofEntries(
            Map.entry("buy", TransactionType.BUY), Map.entry("bought", TransactionType.BUY), Map.entry("purchase", TransactionType.BUY),
            Map.entry("kauf", TransactionType.BUY), Map.entry("koop", TransactionType.BUY), Map.entry("achat", TransactionType.BUY),
            Map.entry("compra", TransactionType.BUY),
            Map.entry("sell", TransactionType.SELL), Map.entry("sold", TransactionType.SELL), Map.entry("sale", TransactionType.SELL),
            Map.entry("verkauf", TransactionType.SELL), Map.entry("verkoop", TransactionType.SELL), Map.entry("vente", TransactionType.SELL),
            Map.entry("venta", TransactionType.SELL),
            Map.entry("dividend", TransactionType.DIVIDEND), Map.entry("div", TransactionType.DIVIDEND), Map.entry("dividende", TransactionType.DIVIDEND),
            Map.entry("ausschüttung", TransactionType.DIVIDEND),
            Map.entry("interest", TransactionType.INTEREST), Map.entry("zinsen", TransactionType.INTEREST), Map.entry("rente", TransactionType.INTEREST),
            Map.entry("fee", TransactionType.FEE), Map.entry("commission", TransactionType.FEE), Map.entry("gebühr", TransactionType.FEE),
            Map.entry("kosten", TransactionType.FEE), Map.entry("frais", TransactionType.FEE),
            Map.entry("tax", TransactionType.TAX), Map.entry("steuer", TransactionType.TAX), Map.entry("belasting", TransactionType.TAX),
            Map.entry("deposit", TransactionType.DEPOSIT), Map.entry("einzahlung", TransactionType.DEPOSIT), Map.entry("storting", TransactionType.DEPOSIT),
            Map.entry("withdrawal", TransactionType.WITHDRAWAL), Map.entry("auszahlung", TransactionType.WITHDRAWAL), Map.entry("opname", TransactionType.WITHDRAWAL),
            Map.entry("split", TransactionType.SPLIT), Map.entry("reverse split", TransactionType.SPLIT),
            Map.entry("transfer in", TransactionType.TRANSFER_IN), Map.entry("transfer out", TransactionType.TRANSFER_OUT));

    private TradeTypeNames() {}

    /** The type named by {@code text} (also Meridian's own names, e.g. "BUY"), or null. */
    public static TransactionType of(String text) {
        if (text == null) return null;
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        TransactionType direct = NAMES.get(t);
        if (direct != null) return direct;
        for (TransactionType type : TransactionType.values()) {
            if (type.name().replace('_', ' ').equalsIgnoreCase(t)) return type;
        }
        return null;
    }
}
