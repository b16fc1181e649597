package dev.meridian.sync.market;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.market.Timeframe;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One market-data vendor behind one port. Implementations are thread-safe, apply their own rate
 * limit, and report every failure as a {@link ProviderException} whose message a user can act on
 * (it never contains an API key).
 */
public interface MarketDataProvider {

    /** Stable id, e.g. "yahoo"; the same string is {@code InstrumentProviderId.provider} and {@code Connection.provider}. */
    String id();

    /** Human name for the UI, e.g. "Yahoo Finance". */
    String displayName();

    /** Asset classes this provider can serve; the fallback order per asset class is built from these. */
    Set<AssetClass> assetClasses();

    /** Timeframes {@link #history} can return directly. */
    Set<Timeframe> timeframes();

    /** Symbol search; an empty list when nothing matches. */
    List<SymbolMatch> search(String query);

    /**
     * Bars whose open time lies in [{@code from}, {@code to}) plus the corporate actions in that range
     * (instrument id 0: the caller assigns it). Bars are ascending, unadjusted where the vendor allows.
     */
    PriceHistory history(String providerSymbol, Timeframe timeframe, Instant from, Instant to);
}
