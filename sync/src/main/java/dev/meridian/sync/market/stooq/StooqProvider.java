package dev.meridian.sync.market.stooq;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.http.ProviderHttp;
import dev.meridian.sync.market.http.RateLimit;
import dev.meridian.sync.market.http.Redactor;
import dev.meridian.sync.market.http.Resilience;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Stooq's free CSV download ({@code /q/d/l/?s=aapl.us&i=d&d1=..&d2=..}): daily, weekly and monthly
 * bars for stocks, ETFs, indices and FX, no key. Stooq has no search API, so {@link #search} always
 * answers an empty list; symbols are entered as Stooq writes them (aapl.us, sap.de, eurusd).
 */
public final class StooqProvider implements MarketDataProvider {

    public static final String ID = "stooq";
    public static final HttpUrl API = HttpUrl.get("https://stooq.com/q/d/l/");
    /** Stooq publishes no limit but cuts a network off after a daily quota; stay gentle. */
    public static final RateLimit LIMIT = RateLimit.perMinute(20);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final Map<Timeframe, String> INTERVALS = Map.of(Timeframe.D1, "d", Timeframe.W1, "w", Timeframe.MN1, "m");

    private final ProviderHttp http;
    private final HttpUrl api;

    public StooqProvider(OkHttpClient client, HttpUrl api, Resilience resilience) {
        this.http = new ProviderHttp(ID, displayName(), client, LIMIT, resilience, Redactor.none());
        this.api = api;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Stooq";
    }

    @Override
    public Set<AssetClass> assetClasses() {
        return EnumSet.of(AssetClass.STOCK, AssetClass.ETF, AssetClass.FX);
    }

    @Override
    public Set<Timeframe> timeframes() {
        return INTERVALS.keySet();
    }

    @Override
    public List<SymbolMatch> search(String query) {
        return List.of();
    }

    @Override
    public PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to) {
        String interval = INTERVALS.get(timeframe);
        if (interval == null) {
            throw new IllegalArgumentException("Stooq has no " + timeframe.label() + " bars; use one of " + INTERVALS.keySet());
        }
        if (!from.isBefore(to)) throw new IllegalArgumentException("Empty range: " + from + " is not before " + to);
        String symbol = providerSymbol.strip().toLowerCase(Locale.ROOT);
        HttpUrl url = api.newBuilder()
                .addQueryParameter("s", symbol)
                .addQueryParameter("i", interval)
                .addQueryParameter("d1", DAY.format(from))
                .addQueryParameter("d2", DAY.format(to.minusMillis(1))).build();
        BarSeries bars = http.get(url, reply -> StooqCsvReader.read(reply, symbol, from, to));
        return new PriceHistory(bars, List.of());
    }
}
