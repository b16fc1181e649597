package dev.meridian.sync.market.alphavantage;

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
import dev.meridian.sync.market.http.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AlphaVantageProviderTest {

    private static final String KEY = "SECRETKEY123";
    private static final Instant FROM = Instant.parse("2024-06-04T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-06-08T00:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2024-06-08T12:00:00Z"));

    private AlphaVantageProvider provider(Optional<String> key, RateLimit limit) {
        return new AlphaVantageProvider(TestKit.client(), server.url("/query"), key, limit, TestKit.resilience(time));
    }

    private AlphaVantageProvider provider() {
        return provider(Optional.of(KEY), AlphaVantageProvider.FREE_LIMIT);
    }

    @Test
    void dailyBarsFromStringNumbersOldestFirstWithinTheRange() throws Exception {
        server.enqueue(TestKit.ok("alphavantage/daily-ibm.json"));

        BarSeries bars = provider().history("IBM", Timeframe.D1, FROM, TO).bars();

        assertThat(bars.size()).isEqualTo(4);
        assertThat(bars.time(0)).isEqualTo(LocalDate.of(2024, 6, 4).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        assertThat(bars.open(0)).isEqualTo(164.60);
        assertThat(bars.close(3)).isEqualTo(170.01);
        assertThat(bars.high(3)).isEqualTo(171.305);
        assertThat(bars.volume(3)).isEqualTo(3475495);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().queryParameter("function")).isEqualTo("TIME_SERIES_DAILY");
        assertThat(request.getUrl().queryParameter("symbol")).isEqualTo("IBM");
        assertThat(request.getUrl().queryParameter("outputsize")).isEqualTo("compact");
        assertThat(request.getUrl().queryParameter("apikey")).isEqualTo(KEY);
    }

    @Test
    void intradayTimestampsAreReadInTheMetaDataTimeZone() throws Exception {
        server.enqueue(TestKit.ok("alphavantage/intraday-ibm-5min.json"));

        BarSeries bars = provider().history("IBM", Timeframe.M5, Instant.parse("2024-06-07T00:00:00Z"), TO).bars();

        assertThat(bars.size()).isEqualTo(3);
        // 19:45 US/Eastern in June is 23:45 UTC.
        assertThat(Instant.ofEpochMilli(bars.time(0))).isEqualTo(Instant.parse("2024-06-07T23:45:00Z"));
        assertThat(bars.close(2)).isEqualTo(170.01);
        assertThat(server.takeRequest().getUrl().queryParameter("interval")).isEqualTo("5min");
    }

    @Test
    void aThrottleNoteWithStatus200IsRateLimited() {
        server.enqueue(TestKit.ok("alphavantage/note-per-minute.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("IBM", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(1));
        assertThat(e.getMessage()).contains("5 calls per minute");
    }

    @Test
    void theDailyLimitNoteNeverLeaksTheKeyItEchoes() {
        server.enqueue(TestKit.ok("alphavantage/information-daily-limit.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("IBM", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("for today").contains("25 requests per day").doesNotContain(KEY);
    }

    @Test
    void aPremiumOnlyAnswerIsUnauthorizedNotThrottled() {
        server.enqueue(TestKit.ok("alphavantage/information-premium.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("IBM", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("premium plan");
    }

    @Test
    void anErrorMessageIsNotFound() {
        server.enqueue(TestKit.ok("alphavantage/error-invalid-call.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("XXXX", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("Invalid API call");
    }

    @Test
    void aRejectedKeyIsUnauthorized() {
        server.enqueue(TestKit.ok("alphavantage/error-apikey.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("IBM", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("Connections");
    }

    @Test
    void aMissingKeyFailsWithoutAnyRequest() {
        ProviderException e = catchThrowableOfType(ProviderException.class,
                () -> provider(Optional.empty(), AlphaVantageProvider.FREE_LIMIT).history("IBM", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(e.getMessage()).contains("needs an API key");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theFreeDailyBudgetIsEnforcedBeforeAlphaVantageSaysSo() {
        AlphaVantageProvider av = provider(Optional.of(KEY), RateLimit.perMinute(5).and(2, Duration.ofDays(1)));
        server.enqueue(TestKit.ok("alphavantage/daily-ibm.json"));
        server.enqueue(TestKit.ok("alphavantage/daily-ibm.json"));
        av.history("IBM", Timeframe.D1, FROM, TO);
        av.history("IBM", Timeframe.D1, FROM, TO);

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> av.history("IBM", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).isPresent();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void searchReadsNumberedKeys() {
        server.enqueue(TestKit.ok("alphavantage/search-tesco.json"));

        List<SymbolMatch> matches = provider().search("tesco");

        assertThat(matches).hasSize(3);
        assertThat(matches.get(0)).isEqualTo(new SymbolMatch("alphavantage", "TSCO.LON", "Tesco PLC", AssetClass.STOCK,
                "United Kingdom", "GBX", null));
    }

    @Test
    void olderRangesAskForTheFullSeries() throws Exception {
        server.enqueue(TestKit.ok("alphavantage/daily-ibm.json"));

        provider().history("IBM", Timeframe.D1, Instant.parse("2020-01-01T00:00:00Z"), TO);

        assertThat(server.takeRequest().getUrl().queryParameter("outputsize")).isEqualTo("full");
    }
}
