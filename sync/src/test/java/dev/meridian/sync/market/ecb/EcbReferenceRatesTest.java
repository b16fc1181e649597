package dev.meridian.sync.market.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.domain.FxRate;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.TestKit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class EcbReferenceRatesTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2024-04-06T09:00:00Z"));

    private EcbReferenceRates ecb() {
        return new EcbReferenceRates(TestKit.client(), server.url("/stats/eurofxref/"), TestKit.resilience(time));
    }

    @Test
    void recentRangesReadTheNinetyDayFileWithEuroAsBase() throws Exception {
        server.enqueue(TestKit.body(200, TestKit.fixture("ecb/eurofxref-hist-90d.xml")));

        List<FxRate> rates = ecb().dailyRates(LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 5));

        assertThat(rates).hasSize(8);
        assertThat(rates.getFirst()).isEqualTo(new FxRate(LocalDate.of(2024, 4, 4), "EUR", "CHF", new BigDecimal("0.9842")));
        assertThat(rates).contains(new FxRate(LocalDate.of(2024, 4, 5), "EUR", "USD", new BigDecimal("1.0841")));
        assertThat(rates).extracting(FxRate::date).doesNotContain(LocalDate.of(2024, 4, 3));
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/stats/eurofxref/eurofxref-hist-90d.xml");
    }

    @Test
    void olderRangesReadTheFullHistory() throws Exception {
        server.enqueue(TestKit.body(200, TestKit.fixture("ecb/eurofxref-hist-90d.xml")));

        ecb().dailyRates(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 4, 5));

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/stats/eurofxref/eurofxref-hist.xml");
    }

    @Test
    void truncatedXmlIsABadResponse() {
        String xml = TestKit.fixture("ecb/eurofxref-hist-90d.xml");
        server.enqueue(TestKit.body(200, xml.substring(0, xml.indexOf("<Cube currency=\"GBP\"") + 12)));

        ProviderException e = catchThrowableOfType(ProviderException.class,
                () -> ecb().dailyRates(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5)));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("ECB");
    }

    @Test
    void aMaintenancePageIsRetriedThenServed() {
        server.enqueue(TestKit.body(503, "<html>maintenance</html>"));
        server.enqueue(TestKit.body(200, TestKit.fixture("ecb/eurofxref-hist-90d.xml")));

        assertThat(ecb().dailyRates(LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 5))).hasSize(4);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
