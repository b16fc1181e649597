package dev.meridian.sync.market.coingecko;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.TestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class CoinGeckoProviderTest {

    private static final Instant FROM = Instant.parse("2024-04-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-04-04T00:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2024-04-03T10:35:16Z"));

    private CoinGeckoProvider provider(Optional<String> key) {
        return new CoinGeckoProvider(TestKit.client(), server.url("/api/v3/"), key, TestKit.resilience(time));
    }

    @Test
    void dailyClosesWithVolumeAndTheLivePointRevisingToday() throws Exception {
        server.enqueue(TestKit.ok("coingecko/market-chart-bitcoin-daily.json"));

        BarSeries bars = provider(Optional.empty()).history("bitcoin/eur", Timeframe.D1, FROM, TO).bars();

        assertThat(bars.size()).isEqualTo(3);
        assertThat(bars.time(0)).isEqualTo(1711929600000L);
        assertThat(bars.close(0)).isEqualTo(71333.48417023903);
        assertThat(bars.open(0)).isEqualTo(bars.close(0));
        assertThat(bars.volume(1)).isEqualTo(34873527352.26876);
        assertThat(bars.time(2)).isEqualTo(1712102400000L);
        assertThat(bars.close(2)).isEqualTo(66120.12030921122);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v3/coins/bitcoin/market_chart");
        assertThat(request.getUrl().queryParameter("vs_currency")).isEqualTo("eur");
        assertThat(request.getUrl().queryParameter("interval")).isEqualTo("daily");
        assertThat(request.getUrl().queryParameter("days")).isEqualTo("3");
        assertThat(request.getHeaders().get("x-cg-demo-api-key")).isNull();
    }

    @Test
    void fourHourCandlesAreStampedAtTheirOpen() throws Exception {
        server.enqueue(TestKit.ok("coingecko/ohlc-bitcoin-4h.json"));

        BarSeries bars = provider(Optional.of("CG-demoKey1")).history("bitcoin", Timeframe.H4, FROM, TO).bars();

        assertThat(bars.size()).isEqualTo(3);
        assertThat(bars.time(0)).isEqualTo(1712102400000L - Duration.ofHours(4).toMillis());
        assertThat(bars.high(1)).isEqualTo(65831.0);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v3/coins/bitcoin/ohlc");
        assertThat(request.getUrl().queryParameter("days")).isEqualTo("7");
        assertThat(request.getHeaders().get("x-cg-demo-api-key")).isEqualTo("CG-demoKey1");
    }

    @Test
    void fourHourCandlesOlderThanThirtyDaysAreNotFoundWithoutARequest() {
        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider(Optional.empty())
                .history("bitcoin", Timeframe.H4, Instant.parse("2024-01-01T00:00:00Z"), TO));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anUnknownCoinIsNotFound() {
        server.enqueue(TestKit.json(404, "coingecko/coin-not-found.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class,
                () -> provider(Optional.empty()).history("bitconnect", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("bitconnect");
    }

    @Test
    void historyBeyondThePublicWindowIsUnauthorizedWithCoinGeckosReason() {
        server.enqueue(TestKit.json(401, "coingecko/history-beyond-365-days.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider(Optional.of("CG-demoKey1"))
                .history("bitcoin", Timeframe.D1, Instant.parse("2020-01-01T00:00:00Z"), TO));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("365 days").doesNotContain("CG-demoKey1");
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "12")
                .body(TestKit.fixture("coingecko/rate-limited.json")).build());
        server.enqueue(TestKit.ok("coingecko/market-chart-bitcoin-daily.json"));

        BarSeries bars = provider(Optional.empty()).history("bitcoin", Timeframe.D1, FROM, TO).bars();

        assertThat(bars.size()).isEqualTo(3);
        assertThat(time.sleeps()).anySatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(12)));
    }

    @Test
    void marketsReadPricesAndTimes() throws Exception {
        server.enqueue(TestKit.ok("coingecko/markets.json"));

        List<CoinMarket> markets = provider(Optional.empty()).markets("USD", List.of("bitcoin", "ethereum"));

        assertThat(markets).extracting(CoinMarket::id).containsExactly("bitcoin", "ethereum");
        assertThat(markets.get(0).price()).isEqualTo(70187);
        assertThat(markets.get(1).changePercent24h()).isEqualTo(2.98832);
        assertThat(markets.get(0).lastUpdated()).isEqualTo(Instant.parse("2024-04-07T16:49:31.736Z"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().queryParameter("ids")).isEqualTo("bitcoin,ethereum");
        assertThat(request.getUrl().queryParameter("vs_currency")).isEqualTo("usd");
    }

    @Test
    void searchGivesCoinIds() {
        server.enqueue(TestKit.ok("coingecko/search-bitcoin.json"));

        List<SymbolMatch> matches = provider(Optional.empty()).search("bitcoin");

        assertThat(matches).extracting(SymbolMatch::providerSymbol).containsExactly("bitcoin", "wrapped-bitcoin");
        assertThat(matches.get(0).name()).isEqualTo("Bitcoin (BTC)");
        assertThat(matches.get(0).assetClass()).isEqualTo(AssetClass.CRYPTO);
    }
}
