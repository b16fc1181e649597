package dev.meridian.core.barcache;

/** How a stored (unadjusted) series is served. */
public enum Adjustment {
    /** Prices as traded. */
    NONE,
    /** Earlier prices divided by later splits (volumes multiplied), so a split is no gap. */
    SPLITS,
    /** Splits, and earlier prices scaled by (1 - dividend / previous close) per dividend: a total-return view. */
    SPLITS_AND_DIVIDENDS
}
