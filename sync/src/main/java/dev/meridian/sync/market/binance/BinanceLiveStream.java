package dev.meridian.sync.market.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.sync.market.LiveQuoteStream;
import dev.meridian.sync.market.http.JsonBody;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Binance's combined WebSocket stream ({@code /stream}, frames {@code {"stream":..,"data":..}}).
 * Subscriptions are sent as SUBSCRIBE/UNSUBSCRIBE messages and replayed after every reconnect.
 * A drop, an error or {@code idleTimeout} of silence reconnects with exponential backoff and jitter;
 * OkHttp answers Binance's pings and its own ping interval catches a dead peer. Every event of a
 * replaced connection is ignored (each connection has a generation number).
 */
public final class BinanceLiveStream implements LiveQuoteStream {

    public static final HttpUrl STREAM = HttpUrl.get("https://stream.binance.com:9443/stream");

    private static final System.Logger LOG = System.getLogger(BinanceLiveStream.class.getName());
    /** Binance accepts at most 5 incoming messages a second; large sets go in a few big messages. */
    private static final int PARAMS_PER_MESSAGE = 200;

    private final OkHttpClient client;
    private final HttpUrl url;
    private final TickListener listener;
    private final BinanceStreamOptions options;
    private final RandomGenerator random;
    private final ScheduledExecutorService timer;
    private final AtomicInteger requestIds = new AtomicInteger();
    private final Set<String> symbols = new LinkedHashSet<>();

    private WebSocket socket;
    private boolean open;
    private int generation;
    private int failures;
    private long lastFrameNanos;
    private boolean closed;
    private ScheduledFuture<?> pendingReconnect;
    private ScheduledFuture<?> ageLimit;

    public BinanceLiveStream(OkHttpClient client, HttpUrl url, TickListener listener, BinanceStreamOptions options,
            RandomGenerator random) {
        this.client = client;
        this.url = url;
        this.listener = listener;
        this.options = options;
        this.random = random;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("binance-stream").factory());
        long period = Math.max(10, options.idleTimeout().toMillis() / 4);
        timer.scheduleAtFixedRate(this::checkIdle, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public String provider() {
        return BinanceProvider.ID;
    }

    @Override
    public synchronized void subscribe(Set<String> providerSymbols) {
        if (closed) throw new IllegalStateException("The Binance stream is closed");
        List<String> added = new ArrayList<>();
        for (String s : providerSymbols) {
            String symbol = s.strip().toUpperCase(Locale.ROOT);
            if (symbol.isEmpty()) throw new IllegalArgumentException("Empty Binance symbol in " + providerSymbols);
            if (symbols.add(symbol)) added.add(symbol);
        }
        if (added.isEmpty()) return;
        if (open) {
            send("SUBSCRIBE", added);
        } else if (socket == null && pendingReconnect == null) {
            connect(LiveQuoteStream.StreamStatus.CONNECTING, "connecting to " + url.host());
        }
    }

    @Override
    public synchronized void unsubscribe(Set<String> providerSymbols) {
        List<String> removed = new ArrayList<>();
        for (String s : providerSymbols) {
            String symbol = s.strip().toUpperCase(Locale.ROOT);
            if (symbols.remove(symbol)) removed.add(symbol);
        }
        if (removed.isEmpty() || !open) return;
        if (symbols.isEmpty()) {
            // Nothing left to watch: a silent connection would only trip the idle check.
            dropConnection();
            listener.onStatus(provider(), LiveQuoteStream.StreamStatus.CLOSED, "no symbols subscribed");
            return;
        }
        send("UNSUBSCRIBE", removed);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) return;
            closed = true;
            dropConnection();
        }
        timer.shutdownNow();
        listener.onStatus(provider(), LiveQuoteStream.StreamStatus.CLOSED, "closed");
    }

    /** Symbols currently subscribed (upper case), in subscription order. */
    public synchronized Set<String> subscriptions() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(symbols));
    }

    private void connect(LiveQuoteStream.StreamStatus status, String detail) {
        pendingReconnect = null;
        int gen = ++generation;
        open = false;
        lastFrameNanos = System.nanoTime();
        listener.onStatus(provider(), status, detail);
        socket = client.newWebSocket(new Request.Builder().url(url).build(), new Listener(gen));
    }

    private void dropConnection() {
        generation++;
        open = false;
        if (socket != null) socket.close(1000, "bye");
        socket = null;
        cancel(pendingReconnect);
        cancel(ageLimit);
        pendingReconnect = null;
    }

    private synchronized void onOpen(int gen) {
        if (gen != generation) return;
        open = true;
        listener.onStatus(provider(), LiveQuoteStream.StreamStatus.CONNECTED, "streaming " + symbols.size() + " symbols");
        if (!symbols.isEmpty()) send("SUBSCRIBE", new ArrayList<>(symbols));
        cancel(ageLimit);
        ageLimit = timer.schedule(() -> reconnectNow(gen, "planned reconnect before Binance's 24-hour connection limit"),
                options.maxConnectionAge().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onFrame(int gen, String text) {
        synchronized (this) {
            if (gen != generation) return;
            lastFrameNanos = System.nanoTime();
            failures = 0;
        }
        JsonNode frame = JsonBody.parseOrNull(text);
        if (frame == null) {
            LOG.log(System.Logger.Level.WARNING, "Binance sent a frame that is not JSON; ignored");
            return;
        }
        if (frame.has("error")) {
            LOG.log(System.Logger.Level.WARNING, "Binance refused a stream request: " + frame.path("error").path("msg").asText());
            return;
        }
        JsonNode data = frame.path("data");
        if (!data.isObject()) return; // subscription acknowledgements: {"result":null,"id":1}
        BinanceStreamTick.from(data).ifPresent(t -> listener.onTick(provider(), t.symbol(), t.epochMillis(), t.price(), t.volume()));
    }

    private synchronized void onDrop(int gen, String detail) {
        if (gen != generation || closed) return;
        generation++;
        open = false;
        socket = null;
        cancel(ageLimit);
        if (symbols.isEmpty()) return;
        failures++;
        long ceiling = options.initialBackoff().toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(options.maxBackoff().toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        long delay = capped / 2 + (capped / 2 > 0 ? random.nextLong(capped / 2 + 1) : 0);
        listener.onStatus(provider(), LiveQuoteStream.StreamStatus.RECONNECTING,
                detail + "; reconnecting in " + Duration.ofMillis(delay).toMillis() + " ms (attempt " + failures + ")");
        pendingReconnect = timer.schedule(() -> reconnectScheduled(), delay, TimeUnit.MILLISECONDS);
    }

    private synchronized void reconnectScheduled() {
        if (closed || socket != null || symbols.isEmpty()) {
            pendingReconnect = null;
            return;
        }
        connect(LiveQuoteStream.StreamStatus.CONNECTING, "reconnecting to " + url.host());
    }

    private synchronized void reconnectNow(int gen, String detail) {
        if (gen != generation || closed) return;
        WebSocket old = socket;
        generation++;
        if (old != null) old.cancel();
        socket = null;
        open = false;
        listener.onStatus(provider(), LiveQuoteStream.StreamStatus.RECONNECTING, detail);
        connect(LiveQuoteStream.StreamStatus.CONNECTING, "reconnecting to " + url.host());
    }

    private synchronized void checkIdle() {
        if (!open || closed) return;
        if (System.nanoTime() - lastFrameNanos < options.idleTimeout().toNanos()) return;
        WebSocket stale = socket;
        // onDrop first: it retires this connection's generation, so the failure that cancel() reports is ignored.
        onDrop(generation, "no data for " + options.idleTimeout().toMillis() + " ms");
        stale.cancel();
    }

    private void send(String method, List<String> list) {
        for (int i = 0; i < list.size(); i += PARAMS_PER_MESSAGE) {
            ObjectNode message = JsonNodeFactory.instance.objectNode();
            message.put("method", method);
            var params = message.putArray("params");
            for (String symbol : list.subList(i, Math.min(list.size(), i + PARAMS_PER_MESSAGE))) {
                params.add(options.channel().streamOf(symbol));
            }
            message.put("id", requestIds.incrementAndGet());
            socket.send(message.toString());
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) future.cancel(false);
    }

    private final class Listener extends WebSocketListener {
        private final int gen;

        Listener(int gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            BinanceLiveStream.this.onOpen(gen);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            onFrame(gen, text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            onDrop(gen, "Binance closed the connection (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            onDrop(gen, "connection closed (" + code + ")");
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            onDrop(gen, "connection failed (" + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()) + ")");
        }
    }
}
