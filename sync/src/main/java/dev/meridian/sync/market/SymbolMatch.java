package dev.meridian.sync.market;

import dev.meridian.core.domain.AssetClass;

/** A provider's answer to a symbol search; {@code exchange} and {@code currency} may be null when unknown. */
public record SymbolMatch(
        String provider,
        String providerSymbol,
        String name,
        AssetClass assetClass,
        String exchange,
        String currency,
        String timeZone) {}
