package dev.meridian.sync.market.catalog;

import dev.meridian.sync.market.alphavantage.AlphaVantageProvider;
import dev.meridian.sync.market.binance.BinanceLiveStream;
import dev.meridian.sync.market.binance.BinanceProvider;
import dev.meridian.sync.market.coingecko.CoinGeckoProvider;
import dev.meridian.sync.market.ecb.EcbReferenceRates;
import dev.meridian.sync.market.stooq.StooqProvider;
import dev.meridian.sync.market.yahoo.YahooFinanceProvider;
import okhttp3.HttpUrl;

/** Base URLs of every vendor; production by default, a local MockWebServer in tests. */
public record ProviderEndpoints(
        HttpUrl yahooApi,
        HttpUrl yahooCookie,
        HttpUrl alphaVantage,
        HttpUrl coinGecko,
        HttpUrl binance,
        HttpUrl binanceStream,
        HttpUrl stooq,
        HttpUrl ecb) {

    public static final ProviderEndpoints PRODUCTION = new ProviderEndpoints(YahooFinanceProvider.API, YahooFinanceProvider.COOKIE,
            AlphaVantageProvider.API, CoinGeckoProvider.API, BinanceProvider.API, BinanceLiveStream.STREAM, StooqProvider.API,
            EcbReferenceRates.BASE);

    /** Every vendor under one server (paths stay the vendors' own), for tests against a single MockWebServer. */
    public static ProviderEndpoints allAt(HttpUrl root) {
        return new ProviderEndpoints(root.resolve("/yahoo/"), root.resolve("/yahoo-cookie"), root.resolve("/alphavantage/query"),
                root.resolve("/coingecko/api/v3/"), root.resolve("/binance/"), root.resolve("/binance-stream/stream"),
                root.resolve("/stooq/q/d/l/"), root.resolve("/ecb/"));
    }
}
