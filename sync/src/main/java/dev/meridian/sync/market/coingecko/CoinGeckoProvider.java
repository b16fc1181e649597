package dev.meridian.sync.market.coingecko;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.http.ProviderHttp;
import dev.meridian.sync.market.http.RateLimit;
import dev.meridian.sync.market.http.Redactor;
import dev.meridian.sync.market.http.Resilience;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * CoinGecko: {@code /coins/{id}/market_chart} for daily closes with volume, {@code /coins/{id}/ohlc}
 * for 4-hour candles (the last 30 days), {@code /coins/markets} for latest prices, {@code /search}.
 * A provider symbol is a coin id, optionally with the quote currency: "bitcoin" (USD) or "bitcoin/eur".
 * The demo key is optional; it raises the limit from about 10 to 30 requests a minute.
 */
public final class CoinGeckoProvider implements MarketDataProvider {

    public static final String ID = "coingecko";
    public static final HttpUrl API = HttpUrl.get("https://api.coingecko.com/api/v3/");
    public static final RateLimit KEYLESS_LIMIT = RateLimit.perMinute(10);
    public static final RateLimit DEMO_LIMIT = RateLimit.perMinute(30);

    private static final String DEMO_KEY_HEADER = "x-cg-demo-api-key";
    private static final Duration FOUR_HOURS = Duration.ofHours(4);
    private static final int[] OHLC_DAYS = {7, 14, 30};

    private final ProviderHttp http;
    private final HttpUrl api;
    private final Optional<String> demoKey;
    private final InstantSource clock;

    public CoinGeckoProvider(OkHttpClient client, HttpUrl api, Optional<String> demoKey, Resilience resilience) {
        this.demoKey = demoKey.filter(k -> !k.isBlank());
        this.http = new ProviderHttp(ID, displayName(), client, this.demoKey.isPresent() ? DEMO_LIMIT : KEYLESS_LIMIT,
                resilience, Redactor.of(this.demoKey));
        this.api = api;
        this.clock = resilience.clock();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "CoinGecko";
    }

    @Override
    public Set<AssetClass> assetClasses() {
        return EnumSet.of(AssetClass.CRYPTO);
    }

    @Override
    public Set<Timeframe> timeframes() {
        return EnumSet.of(Timeframe.H4, Timeframe.D1);
    }

    @Override
    public List<SymbolMatch> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        HttpUrl url = api.newBuilder().addPathSegment("search").addQueryParameter("query", query.strip()).build();
        return http.get(request(url), 1, reply -> CoinGeckoReaders.search(CoinGeckoReaders.parse(reply, query, "search results with coins")));
    }

    /** Latest prices and 24 h figures for coin ids, in {@code vsCurrency} (e.g. "usd"). */
    public List<CoinMarket> markets(String vsCurrency, List<String> coinIds) {
        if (coinIds.isEmpty()) return List.of();
        String vs = vsCurrency.toLowerCase(Locale.ROOT);
        HttpUrl url = api.newBuilder().addPathSegments("coins/markets")
                .addQueryParameter("vs_currency", vs)
                .addQueryParameter("ids", String.join(",", coinIds))
                .addQueryParameter("per_page", Integer.toString(Math.min(250, coinIds.size())))
                .build();
        return http.get(request(url), 1, reply -> CoinGeckoReaders.markets(reply,
                CoinGeckoReaders.parse(reply, String.join(",", coinIds), "an array of coin markets"), vs));
    }

    @Override
    public PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to) {
        if (!from.isBefore(to)) throw new IllegalArgumentException("Empty range: " + from + " is not before " + to);
        String[] parts = providerSymbol.split("/", 2);
        String coin = parts[0].strip();
        String vs = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "usd";
        if (coin.isEmpty()) throw new IllegalArgumentException("CoinGecko symbol '" + providerSymbol + "' has no coin id");
        BarSeries bars = switch (timeframe) {
            case D1 -> dailyCloses(coin, vs, from, to);
            case H4 -> fourHourCandles(coin, vs, from, to);
            default -> throw new IllegalArgumentException("CoinGecko has no " + timeframe.label() + " bars; use one of " + timeframes());
        };
        return new PriceHistory(bars, List.of());
    }

    private BarSeries dailyCloses(String coin, String vs, Instant from, Instant to) {
        long days = Math.max(1, Duration.between(from, clock.instant()).toDays() + 1);
        HttpUrl url = api.newBuilder().addPathSegment("coins").addPathSegment(coin).addPathSegment("market_chart")
                .addQueryParameter("vs_currency", vs)
                .addQueryParameter("days", Long.toString(days))
                .addQueryParameter("interval", "daily").build();
        return http.get(request(url), 1, reply -> CoinGeckoReaders.dailyCloses(reply,
                CoinGeckoReaders.parse(reply, coin, "a market chart with prices"), from, to));
    }

    private BarSeries fourHourCandles(String coin, String vs, Instant from, Instant to) {
        long back = Duration.between(from, clock.instant()).toDays() + 1;
        int days = 0;
        for (int d : OHLC_DAYS) {
            if (back <= d) {
                days = d;
                break;
            }
        }
        if (days == 0) {
            throw new ProviderException(ID, ProviderException.Kind.NOT_FOUND,
                    "CoinGecko serves 4-hour candles only for the last 30 days; ask for D1 bars for older history.");
        }
        HttpUrl url = api.newBuilder().addPathSegment("coins").addPathSegment(coin).addPathSegment("ohlc")
                .addQueryParameter("vs_currency", vs)
                .addQueryParameter("days", Integer.toString(days)).build();
        return http.get(request(url), 1, reply -> CoinGeckoReaders.ohlc(reply,
                CoinGeckoReaders.parse(reply, coin, "OHLC rows"), FOUR_HOURS.toMillis(), from, to));
    }

    private Request request(HttpUrl url) {
        Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json").get();
        demoKey.ifPresent(key -> builder.header(DEMO_KEY_HEADER, key));
        return builder.build();
    }
}
