package dev.meridian.sync.market.binance;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.binance.BinanceReplies.BinanceSymbol;
import dev.meridian.sync.market.http.ProviderHttp;
import dev.meridian.sync.market.http.RateLimit;
import dev.meridian.sync.market.http.Redactor;
import dev.meridian.sync.market.http.Resilience;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Binance spot REST: {@code /api/v3/klines} (1000 bars a page, paged forward for long ranges) and
 * {@code /api/v3/exchangeInfo} for symbol search (cached for six hours). Limits are request weights:
 * 6000 per minute per IP, klines cost 2, the full exchange info 20. No key needed for market data.
 */
public final class BinanceProvider implements MarketDataProvider {

    public static final String ID = "binance";
    public static final HttpUrl API = HttpUrl.get("https://api.binance.com/");
    public static final RateLimit WEIGHT_LIMIT = RateLimit.perMinute(6000);

    static final int PAGE = 1000;
    private static final int KLINES_WEIGHT = 2;
    private static final int EXCHANGE_INFO_WEIGHT = 20;
    private static final Duration SYMBOLS_TTL = Duration.ofHours(6);
    private static final int MAX_MATCHES = 25;
    private static final Map<Timeframe, String> INTERVALS = new EnumMap<>(Map.of(
            Timeframe.M1, "1m", Timeframe.M5, "5m", Timeframe.M15, "15m", Timeframe.H1, "1h", Timeframe.H4, "4h",
            Timeframe.D1, "1d", Timeframe.W1, "1w", Timeframe.MN1, "1M"));

    private final ProviderHttp http;
    private final HttpUrl api;
    private final InstantSource clock;
    private List<BinanceSymbol> symbols;
    private Instant symbolsFetched;

    public BinanceProvider(OkHttpClient client, HttpUrl api, Resilience resilience) {
        this.http = new ProviderHttp(ID, displayName(), client, WEIGHT_LIMIT, resilience, Redactor.none());
        this.api = api;
        this.clock = resilience.clock();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Binance";
    }

    @Override
    public Set<AssetClass> assetClasses() {
        return Set.of(AssetClass.CRYPTO);
    }

    @Override
    public Set<Timeframe> timeframes() {
        return INTERVALS.keySet();
    }

    @Override
    public List<SymbolMatch> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        String q = query.strip().toUpperCase(Locale.ROOT).replace("/", "").replace("-", "");
        List<SymbolMatch> exact = new ArrayList<>();
        List<SymbolMatch> partial = new ArrayList<>();
        for (BinanceSymbol s : symbols()) {
            if (s.symbol().equals(q) || s.baseAsset().equals(q)) {
                exact.add(s.toMatch());
            } else if (s.symbol().startsWith(q)) {
                partial.add(s.toMatch());
            }
        }
        exact.addAll(partial);
        return List.copyOf(exact.subList(0, Math.min(MAX_MATCHES, exact.size())));
    }

    /** Pages forward from {@code from}: each page starts one millisecond after the previous page's last open time. */
    @Override
    public PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to) {
        String interval = INTERVALS.get(timeframe);
        if (interval == null) {
            throw new IllegalArgumentException("Binance has no " + timeframe.label() + " bars; use one of " + INTERVALS.keySet());
        }
        if (!from.isBefore(to)) throw new IllegalArgumentException("Empty range: " + from + " is not before " + to);
        String symbol = providerSymbol.strip().toUpperCase(Locale.ROOT);
        long toMs = to.toEpochMilli();
        BarSeries bars = new BarSeries(256);
        long cursor = from.toEpochMilli();
        long lastAppended = cursor - 1;
        while (cursor < toMs) {
            HttpUrl url = api.newBuilder().addPathSegments("api/v3/klines")
                    .addQueryParameter("symbol", symbol)
                    .addQueryParameter("interval", interval)
                    .addQueryParameter("startTime", Long.toString(cursor))
                    .addQueryParameter("endTime", Long.toString(toMs - 1))
                    .addQueryParameter("limit", Integer.toString(PAGE)).build();
            long after = lastAppended;
            long[] pageInfo = http.get(new Request.Builder().url(url).get().build(), KLINES_WEIGHT, reply -> {
                var page = BinanceReplies.parse(reply, symbol, "an array of klines");
                long last = BinanceReplies.appendKlines(reply, page, bars, after, toMs);
                return new long[] {last, page.size()};
            });
            long lastOpen = pageInfo[0];
            if (pageInfo[1] < PAGE || lastOpen < cursor) break;
            lastAppended = bars.isEmpty() ? lastAppended : bars.time(bars.size() - 1);
            cursor = lastOpen + 1;
        }
        return new PriceHistory(bars, List.of());
    }

    private synchronized List<BinanceSymbol> symbols() {
        Instant now = clock.instant();
        if (symbols != null && symbolsFetched.plus(SYMBOLS_TTL).isAfter(now)) return symbols;
        HttpUrl url = api.newBuilder().addPathSegments("api/v3/exchangeInfo").build();
        symbols = http.get(new Request.Builder().url(url).get().build(), EXCHANGE_INFO_WEIGHT,
                reply -> BinanceReplies.symbols(reply, BinanceReplies.parse(reply, "(exchange info)", "exchange info")));
        symbolsFetched = now;
        return symbols;
    }
}
