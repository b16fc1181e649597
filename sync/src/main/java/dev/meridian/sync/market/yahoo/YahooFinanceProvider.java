package dev.meridian.sync.market.yahoo;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CorporateAction;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Yahoo Finance's unofficial chart API: {@code /v8/finance/chart} for daily and intraday bars with
 * splits and dividends, {@code /v1/finance/search} for symbols. Needs a session cookie and crumb;
 * an "Invalid Crumb" answer refreshes both and retries once. Closes are split-adjusted by Yahoo.
 */
public final class YahooFinanceProvider implements MarketDataProvider {

    public static final String ID = "yahoo";
    public static final HttpUrl API = HttpUrl.get("https://query2.finance.yahoo.com/");
    public static final HttpUrl COOKIE = HttpUrl.get("https://fc.yahoo.com/");
    /** Yahoo publishes no limit; this stays well under what its web pages themselves use. */
    public static final RateLimit LIMIT = RateLimit.perMinute(60);

    private static final Map<Timeframe, String> INTERVALS = Map.of(
            Timeframe.M1, "1m", Timeframe.M5, "5m", Timeframe.M15, "15m", Timeframe.H1, "60m",
            Timeframe.D1, "1d", Timeframe.W1, "1wk", Timeframe.MN1, "1mo");
    private static final Duration MINUTE_WINDOW = Duration.ofDays(7);
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Meridian/0.1";

    private final ProviderHttp http;
    private final HttpUrl api;
    private final YahooCrumb crumb;

    public YahooFinanceProvider(OkHttpClient client, HttpUrl api, HttpUrl cookieUrl, Resilience resilience) {
        MemoryCookieJar cookies = new MemoryCookieJar();
        OkHttpClient withCookies = client.newBuilder().cookieJar(cookies)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build()))
                .build();
        this.http = new ProviderHttp(ID, displayName(), withCookies, LIMIT, resilience, Redactor.none());
        this.api = api;
        this.crumb = new YahooCrumb(http, cookieUrl, api, cookies);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Yahoo Finance";
    }

    @Override
    public Set<AssetClass> assetClasses() {
        return EnumSet.of(AssetClass.STOCK, AssetClass.ETF, AssetClass.FUND, AssetClass.CRYPTO, AssetClass.FX);
    }

    @Override
    public Set<Timeframe> timeframes() {
        return INTERVALS.keySet();
    }

    @Override
    public List<SymbolMatch> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        return withCrumb(token -> {
            HttpUrl url = api.newBuilder().addPathSegments("v1/finance/search")
                    .addQueryParameter("q", query.strip())
                    .addQueryParameter("quotesCount", "15")
                    .addQueryParameter("newsCount", "0")
                    .addQueryParameter("crumb", token).build();
            return http.get(request(url), 1, YahooSearchReader::read);
        });
    }

    /** 1-minute bars come at most 7 days per request (Yahoo's rule), so longer ranges are fetched window by window. */
    @Override
    public PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to) {
        String interval = INTERVALS.get(timeframe);
        if (interval == null) {
            throw new IllegalArgumentException("Yahoo Finance has no " + timeframe.label() + " bars; use one of " + INTERVALS.keySet());
        }
        if (!from.isBefore(to)) throw new IllegalArgumentException("Empty range: " + from + " is not before " + to);
        if (timeframe != Timeframe.M1 || !from.plus(MINUTE_WINDOW).isBefore(to)) {
            return chart(providerSymbol, interval, from, to);
        }
        BarSeries bars = new BarSeries(1024);
        List<CorporateAction> actions = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(MINUTE_WINDOW)) {
            Instant end = start.plus(MINUTE_WINDOW).isBefore(to) ? start.plus(MINUTE_WINDOW) : to;
            PriceHistory window = chart(providerSymbol, interval, start, end);
            BarSeries part = window.bars();
            for (int i = 0; i < part.size(); i++) {
                bars.append(part.time(i), part.open(i), part.high(i), part.low(i), part.close(i), part.volume(i));
            }
            actions.addAll(window.corporateActions());
        }
        return new PriceHistory(bars, actions);
    }

    private PriceHistory chart(String providerSymbol, String interval, Instant from, Instant to) {
        return withCrumb(token -> {
            HttpUrl url = api.newBuilder().addPathSegments("v8/finance/chart").addPathSegment(providerSymbol)
                    .addQueryParameter("period1", Long.toString(from.getEpochSecond()))
                    .addQueryParameter("period2", Long.toString(to.getEpochSecond()))
                    .addQueryParameter("interval", interval)
                    .addQueryParameter("events", "div,splits")
                    .addQueryParameter("includePrePost", "false")
                    .addQueryParameter("crumb", token).build();
            return http.get(request(url), 1, reply -> YahooChartReader.read(reply, providerSymbol, from, to));
        });
    }

    private <T> T withCrumb(Function<String, T> call) {
        try {
            return call.apply(crumb.current());
        } catch (ProviderException e) {
            if (e.kind() != ProviderException.Kind.UNAUTHORIZED) throw e;
            // A crumb expires with its cookie; one fresh session is worth one more try, not more.
            crumb.invalidate();
            return call.apply(crumb.current());
        }
    }

    private static Request request(HttpUrl url) {
        return new Request.Builder().url(url).header("Accept", "application/json").get().build();
    }
}
