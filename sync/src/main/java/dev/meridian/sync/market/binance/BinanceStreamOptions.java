package dev.meridian.sync.market.binance;

import java.time.Duration;

/**
 * How {@link BinanceLiveStream} behaves. {@code idleTimeout}: no frame for that long means a dead
 * connection (ticker streams push every second). {@code maxConnectionAge}: Binance drops every
 * connection after 24 hours, so the stream reconnects on its own terms a little earlier.
 */
public record BinanceStreamOptions(
        Channel channel,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration idleTimeout,
        Duration maxConnectionAge) {

    /** Which Binance stream feeds the ticks: the rolling 24 h ticker (volume = 24 h) or 1-minute klines (volume = the bar's). */
    public enum Channel {
        TICKER("ticker"),
        KLINE_1M("kline_1m");

        private final String suffix;

        Channel(String suffix) {
            this.suffix = suffix;
        }

        String streamOf(String symbol) {
            return symbol.toLowerCase(java.util.Locale.ROOT) + "@" + suffix;
        }
    }

    public static final BinanceStreamOptions STANDARD = new BinanceStreamOptions(Channel.TICKER,
            Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofHours(23).plusMinutes(50));

    public BinanceStreamOptions {
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("Backoff must satisfy 0 <= initial <= max: " + initialBackoff + ", " + maxBackoff);
        }
        if (!idleTimeout.isPositive() || !maxConnectionAge.isPositive()) {
            throw new IllegalArgumentException("Idle timeout and connection age must be positive");
        }
    }
}
