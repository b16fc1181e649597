package dev.meridian.app.charts;

import dev.meridian.charts.model.LineSeries;
import dev.meridian.charts.ui.CandleChart;
import dev.meridian.core.indicators.Atr;
import dev.meridian.core.indicators.Bands;
import dev.meridian.core.indicators.Bollinger;
import dev.meridian.core.indicators.Ema;
import dev.meridian.core.indicators.Macd;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import java.util.List;

/** Computes an indicator over a chart's bars and puts it on the chart (overlay lines or its own band), or takes it off. */
final class IndicatorPlotter {

    private IndicatorPlotter() {
    }

    static void plot(CandleChart chart, IndicatorSpec spec) {
        List<LineSeries> lines = lines(chart.bars(), spec);
        if (spec.kind().overlay()) {
            lines.forEach(chart::setOverlay);
        } else {
            chart.setIndicatorPane(spec.label(), lines);
        }
    }

    static void remove(CandleChart chart, IndicatorSpec spec) {
        if (!spec.kind().overlay()) {
            chart.removeIndicatorPane(spec.label());
            return;
        }
        String label = spec.label();
        List<String> names = spec.kind() == IndicatorKind.BOLLINGER
                ? List.of(label + " upper", label + " middle", label + " lower") : List.of(label);
        names.forEach(chart::removeOverlay);
    }

    /** The lines of {@code spec} over {@code bars}; names start with the spec's label. */
    static List<LineSeries> lines(BarSeries bars, IndicatorSpec spec) {
        int n = bars.size();
        double[] close = bars.closes();
        String label = spec.label();
        return switch (spec.kind()) {
            case SMA -> List.of(new LineSeries(label, Sma.compute(close, n, spec.period(0), null), "#ff9800"));
            case EMA -> List.of(new LineSeries(label, Ema.compute(close, n, spec.period(0), null), "#ab47bc"));
            case BOLLINGER -> {
                Bands b = Bollinger.compute(close, n, spec.period(0), spec.parameters().get(1), null);
                yield List.of(new LineSeries(label + " upper", b.upper(), "#26a69a"),
                        new LineSeries(label + " middle", b.middle(), "#8d6e63"),
                        new LineSeries(label + " lower", b.lower(), "#26a69a"));
            }
            case RSI -> List.of(new LineSeries(label, Rsi.compute(close, n, spec.period(0), null), "#7e57c2"));
            case MACD -> {
                Macd.Lines m = Macd.compute(close, n, spec.period(0), spec.period(1), spec.period(2), null);
                yield List.of(new LineSeries(label + " macd", m.macd(), "#2962ff"),
                        new LineSeries(label + " signal", m.signal(), "#ff6d00"),
                        new LineSeries(label + " histogram", m.histogram(), "#90a4ae"));
            }
            case ATR -> List.of(new LineSeries(label, Atr.compute(bars.highs(), bars.lows(), close, n, spec.period(0), null), "#00897b"));
        };
    }
}
