package dev.meridian.sync.market.catalog;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.SymbolMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Providers for one asset class in the user's priority order. A call goes to the first provider; on a
 * {@link ProviderException} (throttled, down, circuit open, unknown symbol...) the next one is tried.
 * The answer names who delivered and why the others did not; when none did, {@link NoProviderAnswered}.
 */
public final class ProviderFallback {

    private final AssetClass assetClass;
    private final List<MarketDataProvider> providers;

    public ProviderFallback(AssetClass assetClass, List<MarketDataProvider> providers) {
        this.assetClass = assetClass;
        this.providers = List.copyOf(providers);
    }

    public AssetClass assetClass() {
        return assetClass;
    }

    public List<String> order() {
        return providers.stream().map(MarketDataProvider::id).toList();
    }

    /**
     * @param symbolFor the instrument's symbol at each provider (its {@code InstrumentProviderId}s);
     *     a provider without one is skipped
     */
    public FallbackAnswer<PriceHistory> history(Function<String, Optional<String>> symbolFor, Timeframe timeframe,
            Instant from, Instant to) {
        List<FallbackAttempt> attempts = new ArrayList<>();
        for (MarketDataProvider provider : providers) {
            if (!provider.timeframes().contains(timeframe)) {
                attempts.add(new FallbackAttempt(provider.id(), null, "has no " + timeframe.label() + " bars"));
                continue;
            }
            Optional<String> symbol = symbolFor.apply(provider.id());
            if (symbol.isEmpty()) {
                attempts.add(new FallbackAttempt(provider.id(), null, "no symbol is known for this provider"));
                continue;
            }
            try {
                return new FallbackAnswer<>(provider.history(symbol.get(), timeframe, from, to), provider.id(), attempts);
            } catch (ProviderException e) {
                attempts.add(new FallbackAttempt(provider.id(), e.kind(), e.getMessage()));
            }
        }
        throw new NoProviderAnswered(timeframe.label() + " bars for this " + assetClass.name().toLowerCase() + " instrument", attempts);
    }

    /** Matches of this chain's asset class only. The first provider with matches answers; when every reachable one finds nothing, an empty answer from the first of them. */
    public FallbackAnswer<List<SymbolMatch>> search(String query) {
        List<FallbackAttempt> attempts = new ArrayList<>();
        String firstEmpty = null;
        for (MarketDataProvider provider : providers) {
            try {
                List<SymbolMatch> matches = provider.search(query).stream()
                        .filter(m -> m.assetClass() == assetClass)
                        .toList();
                if (!matches.isEmpty()) return new FallbackAnswer<>(matches, provider.id(), attempts);
                if (firstEmpty == null) firstEmpty = provider.id();
                attempts.add(new FallbackAttempt(provider.id(), null, "no matches for '" + query + "'"));
            } catch (ProviderException e) {
                attempts.add(new FallbackAttempt(provider.id(), e.kind(), e.getMessage()));
            }
        }
        if (firstEmpty != null) return new FallbackAnswer<>(List.of(), firstEmpty, attempts);
        throw new NoProviderAnswered("search results for '" + query + "'", attempts);
    }
}
