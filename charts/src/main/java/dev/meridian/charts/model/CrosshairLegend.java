package dev.meridian.charts.model;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.core.market.BarSeries;

import java.util.ArrayList;
import java.util.List;

/** Reads the bar and every line's value under the crosshair. */
public final class CrosshairLegend {

    private CrosshairLegend() {
    }

    /** Values at the bar nearest to {@code x} (a fractional index), clamped into the data; null when there are no bars. */
    public static LegendValues at(double x, BarSeries bars, List<LineSeries> lines, BarTimeLabels labels) {
        if (bars.isEmpty()) return null;
        return at(x, bars, bars.opens(), bars.highs(), bars.lows(), bars.closes(), false, lines, labels);
    }

    /**
     * Like {@link #at(double, BarSeries, List, BarTimeLabels)}, but open, high, low, close and the change are the
     * Heikin-Ashi candle's ({@code heikinAshi} holds the open, high, low and close arrays), as drawn; volume is the bar's.
     */
    public static LegendValues atHeikinAshi(double x, BarSeries bars, double[][] heikinAshi, List<LineSeries> lines, BarTimeLabels labels) {
        if (bars.isEmpty()) return null;
        return at(x, bars, heikinAshi[0], heikinAshi[1], heikinAshi[2], heikinAshi[3], true, lines, labels);
    }

    private static LegendValues at(double x, BarSeries bars, double[] o, double[] h, double[] l, double[] c, boolean heikinAshi,
                                   List<LineSeries> lines, BarTimeLabels labels) {
        int i = (int) Math.max(0, Math.min(bars.size() - 1, Math.round(x)));
        double prevClose = i > 0 ? c[i - 1] : o[i];
        double change = prevClose == 0 ? Double.NaN : (c[i] / prevClose - 1) * 100;
        List<LegendValues.Entry> entries = new ArrayList<>(lines.size());
        for (LineSeries s : lines) entries.add(new LegendValues.Entry(s.name(), s.valueAt(i), s.color()));
        return new LegendValues(i, labels.fullLabel(i), o[i], h[i], l[i], c[i], bars.volume(i), change, heikinAshi, entries);
    }
}
