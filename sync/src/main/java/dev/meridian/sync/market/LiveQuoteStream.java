package dev.meridian.sync.market;

import java.util.Set;

/**
 * A push feed of trades/ticker updates (e.g. Binance WebSocket). Implementations reconnect and
 * resubscribe on their own; {@link TickListener#onStatus} reports connection state changes.
 */
public interface LiveQuoteStream extends AutoCloseable {

    String provider();

    /** Adds symbols to the subscription (idempotent); ticks for them go to the listener given at construction. */
    void subscribe(Set<String> providerSymbols);

    void unsubscribe(Set<String> providerSymbols);

    @Override
    void close();

    /** Receives ticks on the stream's own thread; must return quickly. */
    interface TickListener {
        /**
         * @param price last trade price
         * @param volume the current bar's (or day's, per provider doc) cumulative volume; NaN if unknown
         */
        void onTick(String provider, String providerSymbol, long epochMillis, double price, double volume);

        default void onStatus(String provider, StreamStatus status, String detail) { }
    }

    enum StreamStatus { CONNECTING, CONNECTED, RECONNECTING, CLOSED }
}
