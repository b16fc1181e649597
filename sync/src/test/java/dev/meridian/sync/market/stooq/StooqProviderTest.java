package dev.meridian.sync.market.stooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.TestKit;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class StooqProviderTest {

    private static final Instant FROM = Instant.parse("2024-01-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-01-06T00:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2024-01-08T00:00:00Z"));

    private StooqProvider provider() {
        return new StooqProvider(TestKit.client(), server.url("/q/d/l/"), TestKit.resilience(time));
    }

    @Test
    void readsDailyCsvWithCrlfLines() throws Exception {
        server.enqueue(TestKit.body(200, TestKit.fixture("stooq/aapl-us-daily.csv")));

        BarSeries bars = provider().history("AAPL.US", Timeframe.D1, FROM, TO).bars();

        assertThat(bars.size()).isEqualTo(4);
        assertThat(bars.time(0)).isEqualTo(FROM.toEpochMilli());
        assertThat(bars.high(2)).isEqualTo(183.0872);
        assertThat(bars.volume(3)).isEqualTo(62379661);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().queryParameter("s")).isEqualTo("aapl.us");
        assertThat(request.getUrl().queryParameter("i")).isEqualTo("d");
        assertThat(request.getUrl().queryParameter("d1")).isEqualTo("20240102");
        assertThat(request.getUrl().queryParameter("d2")).isEqualTo("20240105");
    }

    @Test
    void indicesWithoutAVolumeColumnGetZeroVolume() {
        server.enqueue(TestKit.body(200, TestKit.fixture("stooq/spx-daily-no-volume.csv")));

        BarSeries bars = provider().history("^spx", Timeframe.D1, FROM, TO).bars();

        assertThat(bars.size()).isEqualTo(2);
        assertThat(bars.close(1)).isEqualTo(4704.81);
        assertThat(bars.volume(1)).isZero();
    }

    @Test
    void noDataIsNotFound() {
        server.enqueue(TestKit.body(200, TestKit.fixture("stooq/no-data.txt")));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("zzzz.us", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("zzzz.us").contains("aapl.us");
    }

    @Test
    void theDailyHitsLimitIsRateLimited() {
        server.enqueue(TestKit.body(200, TestKit.fixture("stooq/hits-limit.txt")));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("aapl.us", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    }

    @Test
    void anHtmlPageIsABadResponse() {
        server.enqueue(TestKit.body(200, "<html><body>Service temporarily unavailable</body></html>"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("aapl.us", Timeframe.D1, FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void searchIsHonestlyEmptyWithoutARequest() {
        assertThat(provider().search("apple")).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }
}
