package dev.meridian.charts.model;

/** How the price pane draws bars. */
public enum ChartType { CANDLES, OHLC_BARS, HEIKIN_ASHI, LINE, AREA }
