package dev.meridian.core.repo;

import dev.meridian.core.domain.AssetClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which market-data providers are tried for one asset class, e.g. crypto: Binance,
 * then CoinGecko, then Yahoo. Stored as provider ids in a setting per asset class (no secrets).
 */
public final class MarketDataFallback {

    static final String PREFIX = "market-data.fallback.";

    private final SettingsRepository settings;

    public MarketDataFallback(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The stored order (provider ids), empty when the user never arranged it. */
    public List<String> stored(AssetClass assetClass) {
        return settings.get(PREFIX + assetClass.name())
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList())
                .orElse(List.of());
    }

    public void store(AssetClass assetClass, List<String> providerIds) {
        for (String id : providerIds) {
            if (id.isBlank() || id.contains(",")) throw new IllegalArgumentException("Invalid provider id in fallback order: '" + id + "'");
        }
        settings.put(PREFIX + assetClass.name(), String.join(",", new LinkedHashSet<>(providerIds)));
    }

    /** The order to use: available providers in the stored order first, then the others as given (connection priority). */
    public static List<String> effective(List<String> stored, List<String> available) {
        Set<String> present = new LinkedHashSet<>(available);
        List<String> order = new ArrayList<>();
        for (String id : stored) if (present.remove(id)) order.add(id);
        order.addAll(present);
        return order;
    }

    /** Its effective order for the currently {@code available} providers. */
    public List<String> order(AssetClass assetClass, List<String> available) {
        return effective(stored(assetClass), available);
    }
}
