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
        int i = (int) Math.max(0, Math.min(bars.size() - 1, Math.round(x)));
        double prevClose = i > 0 ? bars.close(i - 1) : bars.open(i);
        double change = prevClose == 0 ? Double.NaN : (bars.close(i) / prevClose - 1) * 100;
        List<LegendValues.Entry> entries = new ArrayList<>(lines.size());
        for (LineSeries s : lines) entries.add(new LegendValues.Entry(s.name(), s.valueAt(i), s.color()));
        return new LegendValues(i, labels.fullLabel(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i),
                bars.volume(i), change, entries);
    }
}
