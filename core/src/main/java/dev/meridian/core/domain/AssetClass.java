package dev.meridian.core.domain;

/** What kind of thing an instrument is; drives pricing sources, sessions and allocation. */
public enum AssetClass { STOCK, ETF, FUND, BOND, CRYPTO, FX }
