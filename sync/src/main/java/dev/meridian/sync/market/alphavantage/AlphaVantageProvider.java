package dev.meridian.sync.market.alphavantage;

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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Alpha Vantage: TIME_SERIES_DAILY and TIME_SERIES_INTRADAY for bars, SYMBOL_SEARCH for symbols.
 * Needs an API key; the free key allows 5 requests a minute and 25 a day, enforced here before
 * Alpha Vantage answers with its throttle note. No corporate actions (those are premium endpoints).
 */
public final class AlphaVantageProvider implements MarketDataProvider {

    public static final String ID = "alphavantage";
    public static final HttpUrl API = HttpUrl.get("https://www.alphavantage.co/query");
    public static final RateLimit FREE_LIMIT = RateLimit.perMinute(5).and(25, Duration.ofDays(1));

    private static final Map<Timeframe, String> INTRADAY = Map.of(
            Timeframe.M1, "1min", Timeframe.M5, "5min", Timeframe.M15, "15min", Timeframe.H1, "60min");
    /** "compact" returns the newest 100 points; older ranges need "full". */
    private static final int COMPACT_POINTS = 100;

    private final ProviderHttp http;
    private final HttpUrl api;
    private final Optional<String> apiKey;
    private final InstantSource clock;

    public AlphaVantageProvider(OkHttpClient client, HttpUrl api, Optional<String> apiKey, RateLimit limit, Resilience resilience) {
        this.apiKey = apiKey.filter(k -> !k.isBlank());
        this.http = new ProviderHttp(ID, displayName(), client, limit, resilience, Redactor.of(this.apiKey));
        this.api = api;
        this.clock = resilience.clock();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Alpha Vantage";
    }

    @Override
    public Set<AssetClass> assetClasses() {
        return EnumSet.of(AssetClass.STOCK, AssetClass.ETF, AssetClass.FUND);
    }

    @Override
    public Set<Timeframe> timeframes() {
        return EnumSet.of(Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1, Timeframe.D1);
    }

    @Override
    public List<SymbolMatch> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        HttpUrl url = query("SYMBOL_SEARCH").addQueryParameter("keywords", query.strip()).build();
        return http.get(url, reply -> AlphaVantageSearchReader.read(
                AlphaVantageReplies.parse(reply, http.redactor(), "search results with bestMatches")));
    }

    @Override
    public PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to) {
        if (!from.isBefore(to)) throw new IllegalArgumentException("Empty range: " + from + " is not before " + to);
        boolean intraday = timeframe.isIntraday();
        if (intraday && !INTRADAY.containsKey(timeframe) || !intraday && timeframe != Timeframe.D1) {
            throw new IllegalArgumentException("Alpha Vantage has no " + timeframe.label() + " bars; use one of " + timeframes());
        }
        boolean compact = Duration.between(from, clock.instant())
                .compareTo(timeframe.nominal().multipliedBy(intraday ? COMPACT_POINTS : COMPACT_POINTS * 7L / 5)) < 0;
        HttpUrl.Builder url = query(intraday ? "TIME_SERIES_INTRADAY" : "TIME_SERIES_DAILY")
                .addQueryParameter("symbol", providerSymbol)
                .addQueryParameter("outputsize", compact ? "compact" : "full");
        if (intraday) url.addQueryParameter("interval", INTRADAY.get(timeframe)).addQueryParameter("adjusted", "false");
        String seriesKey = intraday ? "Time Series (" + INTRADAY.get(timeframe) + ")" : "Time Series (Daily)";
        BarSeries bars = http.get(url.build(), reply -> AlphaVantageSeriesReader.read(reply,
                AlphaVantageReplies.parse(reply, http.redactor(), "a \"" + seriesKey + "\" object"), seriesKey, intraday, from, to));
        return new PriceHistory(bars, List.of());
    }

    private HttpUrl.Builder query(String function) {
        String key = apiKey.orElseThrow(() -> new ProviderException(ID, ProviderException.Kind.UNAUTHORIZED,
                "Alpha Vantage needs an API key: get a free one at alphavantage.co/support and enter it under Connections."));
        return api.newBuilder().addQueryParameter("function", function).addQueryParameter("apikey", key);
    }
}
