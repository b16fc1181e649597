package dev.meridian.sync.market.catalog;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.sync.market.FxRateSource;
import dev.meridian.sync.market.LiveQuoteStream;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.alphavantage.AlphaVantageProvider;
import dev.meridian.sync.market.binance.BinanceLiveStream;
import dev.meridian.sync.market.binance.BinanceProvider;
import dev.meridian.sync.market.binance.BinanceStreamOptions;
import dev.meridian.sync.market.coingecko.CoinGeckoProvider;
import dev.meridian.sync.market.ecb.EcbReferenceRates;
import dev.meridian.sync.market.http.Resilience;
import dev.meridian.sync.market.stooq.StooqProvider;
import dev.meridian.sync.market.yahoo.YahooFinanceProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * The standard market-data vendors, built once from a shared OkHttpClient and the user's stored keys.
 * Keys are read at construction: after the user changes one, build a new catalog.
 */
public final class ProviderCatalog {

    private static final Map<AssetClass, List<String>> DEFAULT_ORDER = Map.of(
            AssetClass.STOCK, List.of(YahooFinanceProvider.ID, AlphaVantageProvider.ID, StooqProvider.ID),
            AssetClass.ETF, List.of(YahooFinanceProvider.ID, AlphaVantageProvider.ID, StooqProvider.ID),
            AssetClass.FUND, List.of(YahooFinanceProvider.ID, AlphaVantageProvider.ID),
            AssetClass.BOND, List.of(),
            AssetClass.CRYPTO, List.of(BinanceProvider.ID, CoinGeckoProvider.ID, YahooFinanceProvider.ID),
            AssetClass.FX, List.of(YahooFinanceProvider.ID, StooqProvider.ID));

    private final OkHttpClient client;
    private final ProviderEndpoints endpoints;
    private final Resilience resilience;
    private final Map<String, MarketDataProvider> providers = new LinkedHashMap<>();
    private final FxRateSource fxRates;

    private ProviderCatalog(OkHttpClient client, CredentialLookup credentials, ProviderEndpoints endpoints, Resilience resilience) {
        this.client = client;
        this.endpoints = endpoints;
        this.resilience = resilience;
        add(new YahooFinanceProvider(client, endpoints.yahooApi(), endpoints.yahooCookie(), resilience));
        add(new AlphaVantageProvider(client, endpoints.alphaVantage(), credentials.apiKey(AlphaVantageProvider.ID),
                AlphaVantageProvider.FREE_LIMIT, resilience));
        add(new CoinGeckoProvider(client, endpoints.coinGecko(), credentials.apiKey(CoinGeckoProvider.ID), resilience));
        add(new BinanceProvider(client, endpoints.binance(), resilience));
        add(new StooqProvider(client, endpoints.stooq(), resilience));
        this.fxRates = new EcbReferenceRates(client, endpoints.ecb(), resilience);
    }

    public static ProviderCatalog standard(OkHttpClient client, CredentialLookup credentials) {
        return new ProviderCatalog(client, credentials, ProviderEndpoints.PRODUCTION, Resilience.standard());
    }

    public static ProviderCatalog create(OkHttpClient client, CredentialLookup credentials, ProviderEndpoints endpoints,
            Resilience resilience) {
        return new ProviderCatalog(client, credentials, endpoints, resilience);
    }

    private void add(MarketDataProvider provider) {
        providers.put(provider.id(), provider);
    }

    public List<MarketDataProvider> providers() {
        return List.copyOf(providers.values());
    }

    public Optional<MarketDataProvider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    public FxRateSource fxRates() {
        return fxRates;
    }

    /** A Binance WebSocket stream delivering ticks to {@code listener}; the caller closes it. */
    public LiveQuoteStream binanceStream(LiveQuoteStream.TickListener listener, BinanceStreamOptions options) {
        return new BinanceLiveStream(client, endpoints.binanceStream(), listener, options, resilience.random());
    }

    /** Meridian's suggested order when the user has not set one. */
    public static List<String> defaultOrder(AssetClass assetClass) {
        return DEFAULT_ORDER.getOrDefault(assetClass, List.of());
    }

    /**
     * A fallback chain for {@code assetClass} in the user's {@code priority} order. Ids of providers that
     * do not serve the class are left out; an unknown id is a configuration error and is refused.
     */
    public ProviderFallback fallback(AssetClass assetClass, List<String> priority) {
        List<MarketDataProvider> chain = new ArrayList<>();
        for (String id : priority) {
            MarketDataProvider provider = providers.get(id);
            if (provider == null) {
                throw new IllegalArgumentException("Unknown market-data provider '" + id + "' in the " + assetClass
                        + " fallback order; known: " + providers.keySet());
            }
            if (provider.assetClasses().contains(assetClass) && !chain.contains(provider)) chain.add(provider);
        }
        return new ProviderFallback(assetClass, chain);
    }
}
