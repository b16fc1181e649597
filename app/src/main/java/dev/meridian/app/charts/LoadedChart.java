package dev.meridian.app.charts;

import dev.meridian.charts.drawing.DrawingBook;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;

/** Bars loaded for one instrument and timeframe, with the instrument's drawings; the view builds a chart from it. */
public record LoadedChart(Instrument instrument, Timeframe timeframe, BarSeries bars, DrawingBook drawings) {
}
