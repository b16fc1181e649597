package dev.meridian.sync.market.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.sync.market.LiveQuoteStream;
import dev.meridian.sync.market.LiveQuoteStream.StreamStatus;
import dev.meridian.sync.market.TestKit;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BinanceLiveStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<String> ticks = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> statuses = new LinkedBlockingQueue<>();
    private BinanceLiveStream stream;

    private final LiveQuoteStream.TickListener listener = new LiveQuoteStream.TickListener() {
        @Override
        public void onTick(String provider, String symbol, long epochMillis, double price, double volume) {
            ticks.add(provider + " " + symbol + " " + epochMillis + " " + price + " " + volume);
        }

        @Override
        public void onStatus(String provider, StreamStatus status, String detail) {
            statuses.add(status + " " + detail);
        }
    };

    /** Binance's side of one connection: records what the client sends. */
    private static final class Peer extends WebSocketListener {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        final CountDownLatch opened = new CountDownLatch(1);
        volatile WebSocket socket;

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            socket = webSocket;
            opened.countDown();
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            received.add(text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
        }

        JsonNode next() throws Exception {
            String text = received.poll(10, TimeUnit.SECONDS);
            assertThat(text).as("a message from the client").isNotNull();
            return JSON.readTree(text);
        }
    }

    private Peer accept() {
        Peer peer = new Peer();
        server.enqueue(new MockResponse.Builder().webSocketUpgrade(peer).build());
        return peer;
    }

    private BinanceLiveStream open(BinanceStreamOptions options) {
        stream = new BinanceLiveStream(TestKit.client(), server.url("/stream"), listener, options, new Random(3));
        return stream;
    }

    private static BinanceStreamOptions options(BinanceStreamOptions.Channel channel, Duration idle, Duration age) {
        return new BinanceStreamOptions(channel, Duration.ofMillis(10), Duration.ofMillis(50), idle, age);
    }

    @AfterEach
    void tearDown() {
        if (stream != null) stream.close();
    }

    private static List<String> params(JsonNode message) {
        return JSON.convertValue(message.path("params"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private void awaitStatus(String prefix) throws InterruptedException {
        while (true) {
            String status = statuses.poll(10, TimeUnit.SECONDS);
            assertThat(status).as("status starting with " + prefix).isNotNull();
            if (status.startsWith(prefix)) return;
        }
    }

    @Test
    void subscribesThenDeliversTickerTicks() throws Exception {
        Peer peer = accept();
        open(options(BinanceStreamOptions.Channel.TICKER, Duration.ofSeconds(30), Duration.ofHours(23)));

        stream.subscribe(Set.of("btcusdt"));

        JsonNode subscribe = peer.next();
        assertThat(subscribe.path("method").asText()).isEqualTo("SUBSCRIBE");
        assertThat(params(subscribe)).containsExactly("btcusdt@ticker");
        peer.socket.send("{\"result\":null,\"id\":" + subscribe.path("id").asInt() + "}");
        peer.socket.send(TestKit.fixture("binance/ws-ticker-btcusdt.json"));
        assertThat(ticks.poll(10, TimeUnit.SECONDS)).isEqualTo("binance BTCUSDT 1712508123456 69622.0 23456.789");
    }

    @Test
    void klineFramesGiveTheBarsCloseAndVolume() throws Exception {
        Peer peer = accept();
        open(options(BinanceStreamOptions.Channel.KLINE_1M, Duration.ofSeconds(30), Duration.ofHours(23)));
        stream.subscribe(Set.of("ETHUSDT"));
        assertThat(params(peer.next())).containsExactly("ethusdt@kline_1m");

        peer.socket.send(TestKit.fixture("binance/ws-kline-ethusdt.json"));

        assertThat(ticks.poll(10, TimeUnit.SECONDS)).isEqualTo("binance ETHUSDT 1712508125001 3462.4 41.2345");
    }

    @Test
    void aClosedConnectionReconnectsAndResubscribesEverything() throws Exception {
        Peer first = accept();
        open(options(BinanceStreamOptions.Channel.TICKER, Duration.ofSeconds(30), Duration.ofHours(23)));
        stream.subscribe(Set.of("BTCUSDT"));
        assertThat(params(first.next())).containsExactly("btcusdt@ticker");
        stream.subscribe(Set.of("ETHUSDT"));
        assertThat(params(first.next())).containsExactly("ethusdt@ticker");
        Peer second = accept();

        first.socket.close(1001, "going away");

        awaitStatus("RECONNECTING");
        assertThat(second.opened.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(params(second.next())).containsExactlyInAnyOrder("btcusdt@ticker", "ethusdt@ticker");
        awaitStatus("CONNECTED");
        second.socket.send(TestKit.fixture("binance/ws-ticker-btcusdt.json"));
        assertThat(ticks.poll(10, TimeUnit.SECONDS)).startsWith("binance BTCUSDT");
    }

    @Test
    void aRefusedHandshakeIsRetriedUntilTheStreamIsBack() throws Exception {
        server.enqueue(TestKit.body(503, "maintenance"));
        server.enqueue(new MockResponse.Builder().failHandshake().build());
        Peer second = accept();
        open(options(BinanceStreamOptions.Channel.TICKER, Duration.ofSeconds(30), Duration.ofHours(23)));

        stream.subscribe(Set.of("BTCUSDT", "ETHUSDT"));

        assertThat(params(second.next())).containsExactlyInAnyOrder("btcusdt@ticker", "ethusdt@ticker");
        assertThat(statuses).anySatisfy(s -> assertThat(s).startsWith("RECONNECTING").contains("attempt 2"));
    }

    @Test
    void silenceBeyondTheIdleTimeoutReplacesTheConnection() throws Exception {
        Peer first = accept();
        open(options(BinanceStreamOptions.Channel.TICKER, Duration.ofMillis(300), Duration.ofHours(23)));
        stream.subscribe(Set.of("BTCUSDT"));
        first.next();
        Peer second = accept();

        // first never sends anything
        assertThat(params(second.next())).containsExactly("btcusdt@ticker");
        assertThat(statuses).anySatisfy(s -> assertThat(s).startsWith("RECONNECTING no data for 300 ms"));
    }

    @Test
    void theConnectionIsRenewedBeforeBinancesDailyCut() throws Exception {
        Peer first = accept();
        open(options(BinanceStreamOptions.Channel.TICKER, Duration.ofSeconds(30), Duration.ofMillis(400)));
        stream.subscribe(Set.of("BTCUSDT"));
        first.next();
        Peer second = accept();

        assertThat(params(second.next())).containsExactly("btcusdt@ticker");
        assertThat(statuses).anySatisfy(s -> assertThat(s).contains("24-hour"));
    }

    @Test
    void unsubscribeSendsUnsubscribeAndCloseRefusesMore() throws Exception {
        Peer peer = accept();
        open(options(BinanceStreamOptions.Channel.TICKER, Duration.ofSeconds(30), Duration.ofHours(23)));
        stream.subscribe(Set.of("BTCUSDT", "ETHUSDT"));
        peer.next();

        stream.unsubscribe(Set.of("ethusdt"));

        JsonNode unsubscribe = peer.next();
        assertThat(unsubscribe.path("method").asText()).isEqualTo("UNSUBSCRIBE");
        assertThat(params(unsubscribe)).containsExactly("ethusdt@ticker");
        assertThat(stream.subscriptions()).containsExactly("BTCUSDT");
        stream.close();
        awaitStatus("CLOSED");
        assertThatThrownBy(() -> stream.subscribe(Set.of("BTCUSDT"))).isInstanceOf(IllegalStateException.class);
    }
}
