package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.AssetClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketDataFallbackTest extends DatabaseFixture {

    @Test
    void theStoredOrderComesFirstAndNewProvidersFollowInPriorityOrder() {
        MarketDataFallback fallback = new MarketDataFallback(new SettingsRepository(dsl));
        fallback.store(AssetClass.CRYPTO, List.of("binance", "coingecko"));

        assertThat(fallback.stored(AssetClass.CRYPTO)).containsExactly("binance", "coingecko");
        assertThat(fallback.stored(AssetClass.STOCK)).isEmpty();
        // coingecko disabled (not available), yahoo added later: binance first, then yahoo.
        assertThat(fallback.order(AssetClass.CRYPTO, List.of("yahoo", "binance"))).containsExactly("binance", "yahoo");
    }

    @Test
    void aProviderIdThatWouldBreakTheListIsRefusedAndNothingChanges() {
        MarketDataFallback fallback = new MarketDataFallback(new SettingsRepository(dsl));
        fallback.store(AssetClass.FX, List.of("ecb"));

        assertThatThrownBy(() -> fallback.store(AssetClass.FX, List.of("ecb", "a,b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a,b");
        assertThat(fallback.stored(AssetClass.FX)).containsExactly("ecb");
    }
}
