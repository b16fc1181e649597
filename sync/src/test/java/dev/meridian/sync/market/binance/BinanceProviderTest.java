package dev.meridian.sync.market.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.sync.market.FakeTime;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.SymbolMatch;
import dev.meridian.sync.market.TestKit;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class BinanceProviderTest {

    private static final long MINUTE = 60_000L;

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final FakeTime time = new FakeTime(Instant.parse("2024-04-07T12:00:00Z"));

    private BinanceProvider provider() {
        return new BinanceProvider(TestKit.client(), server.url("/"), TestKit.resilience(time));
    }

    /** A klines page in Binance's format: arrays with string-typed prices, one per minute from {@code start}. */
    private static String klines(long start, int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            long open = start + i * MINUTE;
            if (i > 0) json.append(',');
            json.append('[').append(open).append(",\"").append(100 + i).append(".00000000\",\"").append(101 + i)
                    .append(".50000000\",\"").append(99 + i).append(".25000000\",\"").append(100 + i).append(".75000000\",\"")
                    .append(i + 1).append(".00000000\",").append(open + MINUTE - 1).append(",\"1000.0\",12,\"0.5\",\"50.0\",\"0\"]");
        }
        return json.append(']').toString();
    }

    @Test
    void dailyKlinesParseStringNumbers() throws Exception {
        server.enqueue(TestKit.ok("binance/klines-btcusdt-1d.json"));

        BarSeries bars = provider().history("btcusdt", Timeframe.D1, Instant.parse("2024-04-01T00:00:00Z"),
                Instant.parse("2024-04-04T00:00:00Z")).bars();

        assertThat(bars.size()).isEqualTo(3);
        assertThat(bars.time(0)).isEqualTo(1711929600000L);
        assertThat(bars.open(0)).isEqualTo(71280.01);
        assertThat(bars.low(1)).isEqualTo(64550.0);
        assertThat(bars.volume(2)).isEqualTo(39887.21778);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v3/klines");
        assertThat(request.getUrl().queryParameter("symbol")).isEqualTo("BTCUSDT");
        assertThat(request.getUrl().queryParameter("interval")).isEqualTo("1d");
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("1000");
    }

    @Test
    void longRangesArePagedForwardWithoutGapsOrDuplicates() throws Exception {
        long start = Instant.parse("2024-04-01T00:00:00Z").toEpochMilli();
        server.enqueue(TestKit.body(200, klines(start, 1000)));
        server.enqueue(TestKit.body(200, klines(start + 1000 * MINUTE, 500)));

        BarSeries bars = provider().history("BTCUSDT", Timeframe.M1, Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(start + 2000 * MINUTE)).bars();

        assertThat(bars.size()).isEqualTo(1500);
        for (int i = 1; i < bars.size(); i++) assertThat(bars.time(i) - bars.time(i - 1)).isEqualTo(MINUTE);
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getUrl().queryParameter("startTime")).isEqualTo(Long.toString(start + 999 * MINUTE + 1));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anInvalidSymbolIsNotFound() {
        server.enqueue(TestKit.json(400, "binance/error-invalid-symbol.json"));

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("NOPE",
                Timeframe.D1, Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-04T00:00:00Z")));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).contains("NOPE").contains("BTCUSDT");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anIpBanIsRateLimitedAndNotRetried() {
        server.enqueue(new MockResponse.Builder().code(418).setHeader("Retry-After", "120").body("{\"code\":-1003}").build());

        ProviderException e = catchThrowableOfType(ProviderException.class, () -> provider().history("BTCUSDT",
                Timeframe.D1, Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-04T00:00:00Z")));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d.toSeconds()).isEqualTo(120));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void searchUsesTradingSymbolsFromACachedExchangeInfo() {
        server.enqueue(TestKit.ok("binance/exchange-info.json"));
        BinanceProvider binance = provider();

        List<SymbolMatch> btc = binance.search("btc");
        List<SymbolMatch> eth = binance.search("eth/usdt");

        assertThat(btc).extracting(SymbolMatch::providerSymbol).containsExactly("BTCUSDT", "BTCEUR");
        assertThat(btc.get(0).name()).isEqualTo("BTC/USDT");
        assertThat(btc.get(1).currency()).isEqualTo("EUR");
        assertThat(eth).extracting(SymbolMatch::providerSymbol).containsExactly("ETHUSDT");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
