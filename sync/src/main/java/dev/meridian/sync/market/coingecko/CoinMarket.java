package dev.meridian.sync.market.coingecko;

import java.time.Instant;

/** One row of CoinGecko's {@code /coins/markets}: the latest price and 24 h figures in the quote currency. NaN when absent. */
public record CoinMarket(
        String id,
        String symbol,
        String name,
        String vsCurrency,
        double price,
        double high24h,
        double low24h,
        double volume24h,
        double changePercent24h,
        Instant lastUpdated) {}
