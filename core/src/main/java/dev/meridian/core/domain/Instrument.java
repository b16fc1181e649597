package dev.meridian.core.domain;

import java.util.Objects;

/**
 * A tradable thing. {@code timeZone} is the exchange's zone (IANA id), used for sessions and
 * timeframe aggregation; crypto uses UTC and trades around the clock. {@code session} is the instrument's own
 * trading session as a compact spec (see {@code TradingSession.parse}), or null to infer it from the asset
 * class and time zone.
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
        String timeZone,
        String session) {

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeZone, "timeZone");
        if (symbol.isBlank()) throw new IllegalArgumentException("Instrument symbol must not be blank");
        if (session != null && session.isBlank()) session = null;
    }

    /** An instrument whose session is inferred from its asset class and time zone. */
    public Instrument(long id, String symbol, String name, AssetClass assetClass, String exchange, String currency,
                      String isin, String sector, String region, String timeZone) {
        this(id, symbol, name, assetClass, exchange, currency, isin, sector, region, timeZone, null);
    }

    public Instrument withId(long newId) {
        return new Instrument(newId, symbol, name, assetClass, exchange, currency, isin, sector, region, timeZone, session);
    }

    /** The same instrument with its own session spec; null infers it again. */
    public Instrument withSession(String spec) {
        return new Instrument(id, symbol, name, assetClass, exchange, currency, isin, sector, region, timeZone, spec);
    }
}
