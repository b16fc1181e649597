package dev.meridian.sync.assistant;

import dev.meridian.core.money.Money;
import dev.meridian.sync.assistant.provider.ProviderKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * List prices in USD per million input/output tokens, matched by model-name prefix (longest first).
 * A small hand-kept table: an estimate, not a bill. Local Ollama models cost nothing.
 */
public final class PriceTable {

    private record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) { }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Map<String, Price> PRICES = new LinkedHashMap<>();

    static {
        put("gpt-4o-mini", "0.15", "0.60");
        put("gpt-4o", "2.50", "10.00");
        put("gpt-4.1-mini", "0.40", "1.60");
        put("gpt-4.1", "2.00", "8.00");
        put("claude-3-5-haiku", "0.80", "4.00");
        put("claude-haiku-4", "1.00", "5.00");
        put("claude-sonnet-4", "3.00", "15.00");
        put("claude-opus-4", "15.00", "75.00");
        put("gemini-2.5-flash", "0.30", "2.50");
        put("gemini-2.5-pro", "1.25", "10.00");
    }

    private PriceTable() { }

    private static void put(String prefix, String in, String out) {
        PRICES.put(prefix, new Price(new BigDecimal(in), new BigDecimal(out)));
    }

    public static CostEstimate estimate(ProviderKind kind, String model, Usage usage) {
        if (kind == ProviderKind.OLLAMA || usage.totalTokens() == 0) return CostEstimate.FREE;
        Price price = PRICES.entrySet().stream()
                .filter(e -> model.startsWith(e.getKey()))
                .max(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                .map(Map.Entry::getValue).orElse(null);
        if (price == null) return new CostEstimate(null, false);
        BigDecimal usd = price.inputPerMillion.multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(price.outputPerMillion.multiply(BigDecimal.valueOf(usage.outputTokens())))
                .divide(MILLION, MathContext.DECIMAL64);
        return new CostEstimate(Money.of(usd, "USD"), true);
    }
}
