package dev.meridian.sync.live;

import dev.meridian.core.alerts.AlertEngine;
import dev.meridian.core.market.quote.QuoteBoard;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.sync.market.LiveQuoteStream;
import dev.meridian.sync.market.LiveQuoteStream.StreamStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Pushes a live stream's ticks into the quote board and the alert engine. Provider symbols are mapped to
 * instrument ids through the vault's {@code InstrumentProviderId}s when instruments are watched, so a tick
 * costs two map lookups and no allocation. Ticks for symbols nobody watches are dropped.
 */
public final class LiveQuoteFeed implements LiveQuoteStream.TickListener {

    private final InstrumentRepository instruments;
    private final QuoteBoard board;
    private final AlertEngine alerts;
    private final BiConsumer<StreamStatus, String> onStatus;
    /** provider → provider symbol → instrument id; replaced per provider, read by stream threads. */
    private final Map<String, Map<String, Long>> ids = new ConcurrentHashMap<>();

    public LiveQuoteFeed(InstrumentRepository instruments, QuoteBoard board, AlertEngine alerts, BiConsumer<StreamStatus, String> onStatus) {
        this.instruments = instruments;
        this.board = board;
        this.alerts = alerts;
        this.onStatus = onStatus;
    }

    /**
     * Subscribes {@code stream} to the instruments that have a symbol at its provider (and unsubscribes the ones
     * no longer watched). Returns the ids that could not be streamed because the provider has no symbol for them.
     * Reads the vault: call off the UI thread.
     */
    public Set<Long> watch(LiveQuoteStream stream, Collection<Long> instrumentIds) {
        String provider = stream.provider();
        Map<String, Long> next = new HashMap<>();
        Set<Long> missing = new HashSet<>();
        for (long id : instrumentIds) {
            instruments.providerSymbol(id, provider).ifPresentOrElse(symbol -> next.put(symbol, id), () -> missing.add(id));
        }
        Map<String, Long> previous = ids.put(provider, Map.copyOf(next));
        if (previous != null) {
            Set<String> gone = new HashSet<>(previous.keySet());
            gone.removeAll(next.keySet());
            if (!gone.isEmpty()) stream.unsubscribe(gone);
        }
        if (!next.isEmpty()) stream.subscribe(next.keySet());
        return missing;
    }

    @Override
    public void onTick(String provider, String providerSymbol, long epochMillis, double price, double volume) {
        Map<String, Long> symbols = ids.get(provider);
        if (symbols == null) return;
        Long id = symbols.get(providerSymbol);
        if (id == null) return;
        board.onTick(id, epochMillis, price, volume);
        alerts.onTick(id, epochMillis, price);
    }

    @Override
    public void onStatus(String provider, StreamStatus status, String detail) {
        onStatus.accept(status, provider + (detail == null || detail.isBlank() ? "" : ": " + detail));
    }
}
