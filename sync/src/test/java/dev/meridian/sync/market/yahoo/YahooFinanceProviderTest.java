package dev.meridian.sync.market.yahoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.CorporateActionType;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.money.Money;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.PriceHistory;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.TestKit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YahooFinanceProviderTest {

    private static final Instant FROM = Instant.parse("2020-08-06T00:00:00Z");
    private static final Instant TO = Instant.parse("2020-09-03T00:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2020-09-03T12:00:00Z"));
    private YahooFinanceProvider yahoo;

    @BeforeEach
    void setUp() {
        yahoo = new YahooFinanceProvider(TestKit.client(), server.url("/"), server.url("/cookie"), TestKit.resilience(time));
    }

    private void enqueueSession(String cookie, String crumb) {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Set-Cookie", "A3=" + cookie + "; Path=/").body("").build());
        server.enqueue(TestKit.body(200, crumb));
    }

    @Test
    void dailyHistorySkipsNullBarsAndReadsSplitsAndDividends() throws Exception {
        enqueueSession("d=AQABBK", "Xn3cRumb.1");
        server.enqueue(TestKit.ok("yahoo/chart-aapl-daily.json"));

        PriceHistory history = yahoo.history("AAPL", Timeframe.D1, FROM, TO);

        BarSeries bars = history.bars();
        assertThat(bars.size()).isEqualTo(6);
        assertThat(bars.time(0)).isEqualTo(1596720600_000L);
        assertThat(bars.close(0)).isEqualTo(113.90249633789062);
        assertThat(bars.volume(0)).isEqualTo(201820400);
        // 2020-08-28 was all nulls: the next bar is Monday the 31st.
        assertThat(bars.time(3)).isEqualTo(1598880600_000L);
        assertThat(bars.open(3)).isEqualTo(127.58000183105469);
        assertThat(history.corporateActions()).extracting(CorporateAction::type)
                .containsExactly(CorporateActionType.DIVIDEND, CorporateActionType.SPLIT);
        CorporateAction dividend = history.corporateActions().get(0);
        assertThat(dividend.exDate()).isEqualTo(LocalDate.of(2020, 8, 7));
        assertThat(dividend.dividendPerShare()).isEqualTo(new Money(new BigDecimal("0.205"), "USD"));
        CorporateAction split = history.corporateActions().get(1);
        assertThat(split.exDate()).isEqualTo(LocalDate.of(2020, 8, 31));
        assertThat(split.splitTo()).isEqualByComparingTo("4");
        assertThat(split.splitFrom()).isEqualByComparingTo("1");

        server.takeRequest();
        RecordedRequest crumb = server.takeRequest();
        assertThat(crumb.getUrl().encodedPath()).isEqualTo("/v1/test/getcrumb");
        assertThat(crumb.getHeaders().get("Cookie")).isEqualTo("A3=d=AQABBK");
        RecordedRequest chart = server.takeRequest();
        assertThat(chart.getUrl().encodedPath()).isEqualTo("/v8/finance/chart/AAPL");
        assertThat(chart.getUrl().queryParameter("interval")).isEqualTo("1d");
        assertThat(chart.getUrl().queryParameter("events")).isEqualTo("div,splits");
        assertThat(chart.getUrl().queryParameter("period1")).isEqualTo(Long.toString(FROM.getEpochSecond()));
        assertThat(chart.getUrl().queryParameter("crumb")).isEqualTo("Xn3cRumb.1");
        assertThat(chart.getHeaders().get("Cookie")).isEqualTo("A3=d=AQABBK");
    }

    @Test
    void intradayBarsSkipNullsAndMergeARepeatedLiveBar() {
        enqueueSession("c", "crumb");
        server.enqueue(TestKit.ok("yahoo/chart-intraday-nulls.json"));

        BarSeries bars = yahoo.history("SAP.DE", Timeframe.M5, Instant.parse("2024-06-07T07:00:00Z"),
                Instant.parse("2024-06-07T16:00:00Z")).bars();

        assertThat(bars.size()).isEqualTo(3);
        assertThat(bars.time(1) - bars.time(0)).isEqualTo(600_000L);
        assertThat(bars.close(2)).isEqualTo(171.1);
        assertThat(bars.high(2)).isEqualTo(171.3);
    }

    @Test
    void anInvalidCrumbFetchesANewSessionAndRetriesOnce() throws Exception {
        enqueueSession("old", "stale");
        server.enqueue(TestKit.json(401, "yahoo/invalid-crumb.json"));
        enqueueSession("new", "fresh");
        server.enqueue(TestKit.ok("yahoo/chart-aapl-daily.json"));

        PriceHistory history = yahoo.history("AAPL", Timeframe.D1, FROM, TO);

        assertThat(history.bars().size()).isEqualTo(6);
        assertThat(server.getRequestCount()).isEqualTo(6);
        for (int i = 0; i < 5; i++) server.takeRequest();
        RecordedRequest retried = server.takeRequest();
        assertThat(retried.getUrl().queryParameter("crumb")).isEqualTo("fresh");
        assertThat(retried.getHeaders().get("Cookie")).isEqualTo("A3=new");
    }

    @Test
    void aCrumbRejectedTwiceIsUnauthorized() {
        enqueueSession("a", "one");
        server.enqueue(TestKit.json(401, "yahoo/invalid-crumb.json"));
        enqueueSession("b", "two");
        server.enqueue(TestKit.json(401, "yahoo/invalid-crumb.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> yahoo.history("AAPL", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void anUnknownSymbolIsNotFoundWithYahoosReason() {
        enqueueSession("c", "crumb");
        server.enqueue(TestKit.json(404, "yahoo/chart-not-found.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> yahoo.history("NOPE", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.provider()).isEqualTo("yahoo");
        assertThat(e.getMessage()).contains("NOPE").contains("symbol may be delisted");
    }

    @Test
    void truncatedJsonIsABadResponse() {
        enqueueSession("c", "crumb");
        String full = TestKit.fixture("yahoo/chart-aapl-daily.json");
        server.enqueue(TestKit.body(200, full.substring(0, full.length() / 2)));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> yahoo.history("AAPL", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("cut off").doesNotContain("crumb=crumb");
    }

    @Test
    void searchOffersStocksAndEtfsButNotOptions() throws Exception {
        enqueueSession("c", "crumb");
        server.enqueue(TestKit.ok("yahoo/search-apple.json"));

        List<SymbolMatch> matches = yahoo.search("apple");

        assertThat(matches).extracting(SymbolMatch::providerSymbol).containsExactly("AAPL", "APC.DE", "AAPU");
        assertThat(matches.get(0)).isEqualTo(new SymbolMatch("yahoo", "AAPL", "Apple Inc.", AssetClass.STOCK, "NASDAQ", null, null));
        assertThat(matches.get(2).assetClass()).isEqualTo(AssetClass.ETF);
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().queryParameter("q")).isEqualTo("apple");
    }

    @Test
    void theSessionIsReusedAcrossCalls() {
        enqueueSession("c", "crumb");
        server.enqueue(TestKit.ok("yahoo/chart-aapl-daily.json"));
        server.enqueue(TestKit.ok("yahoo/search-apple.json"));

        yahoo.history("AAPL", Timeframe.D1, FROM, TO);
        yahoo.search("apple");

        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    /** A v8 chart answer with one-minute bars at the given epoch seconds. */
    private static String minuteChart(long... seconds) {
        StringBuilder ts = new StringBuilder(), prices = new StringBuilder(), volumes = new StringBuilder();
        for (int i = 0; i < seconds.length; i++) {
            String sep = i == 0 ? "" : ",";
            ts.append(sep).append(seconds[i]);
            prices.append(sep).append(100 + i).append(".5");
            volumes.append(sep).append(1000 + i);
        }
        return "{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\",\"symbol\":\"AAPL\",\"exchangeTimezoneName\":\"America/New_York\","
                + "\"dataGranularity\":\"1m\"},\"timestamp\":[" + ts + "],\"indicators\":{\"quote\":[{\"open\":[" + prices
                + "],\"high\":[" + prices + "],\"low\":[" + prices + "],\"close\":[" + prices + "],\"volume\":[" + volumes
                + "]}]}}],\"error\":null}}";
    }

    @Test
    void minuteBarsOverMoreThanSevenDaysAreFetchedInSevenDayWindows() throws Exception {
        Instant from = Instant.parse("2024-06-01T00:00:00Z");
        Instant to = Instant.parse("2024-06-11T00:00:00Z");
        long day3 = Instant.parse("2024-06-03T13:30:00Z").getEpochSecond();
        long day10 = Instant.parse("2024-06-10T13:30:00Z").getEpochSecond();
        enqueueSession("c", "crumb");
        server.enqueue(TestKit.body(200, minuteChart(day3, day3 + 60)));
        server.enqueue(TestKit.body(200, minuteChart(day10, day10 + 60, day10 + 120)));

        BarSeries bars = yahoo.history("AAPL", Timeframe.M1, from, to).bars();

        assertThat(bars.size()).isEqualTo(5);
        assertThat(bars.time(2)).isEqualTo(day10 * 1000);
        server.takeRequest();
        server.takeRequest();
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getUrl().queryParameter("period1")).isEqualTo(Long.toString(from.getEpochSecond()));
        assertThat(first.getUrl().queryParameter("period2")).isEqualTo(Long.toString(Instant.parse("2024-06-08T00:00:00Z").getEpochSecond()));
        assertThat(second.getUrl().queryParameter("period1")).isEqualTo(first.getUrl().queryParameter("period2"));
        assertThat(second.getUrl().queryParameter("period2")).isEqualTo(Long.toString(to.getEpochSecond()));
    }
}
