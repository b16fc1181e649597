package dev.meridian.core.domain;

import java.util.Objects;

/**
 * A tradable thing. {@code timeZone} is the exchange's zone (IANA id), used for sessions and
 * timeframe aggregation; crypto uses UTC and trades around the clock.
 */
public record Instrument(
        long id,
        String symbol,
        String name,
        AssetClass assetClass,
        String exchange,
        String currency,
        String isin,
        String sector,
        String region,
        String timeZone) {

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeZone, "timeZone");
        if (symbol.isBlank()) throw new IllegalArgumentException("Instrument symbol must not be blank");
    }

    public Instrument withId(long newId) {
        return new Instrument(newId, symbol, name, assetClass, exchange, currency, isin, sector, region, timeZone);
    }
}
