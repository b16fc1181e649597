package dev.meridian.charts.ui;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.charts.model.LineSeries;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A band below the price pane with one or more indicator lines (RSI, MACD ...), autoscaled to the visible range. */
final class IndicatorPane {

    final String id;
    final StackedPane pane;
    private final ErrorDataSetRenderer renderer = LineRenderers.lines(LineStyle.NORMAL);
    private final Map<String, PlottedLine> lines = new LinkedHashMap<>();

    IndicatorPane(String id, BarTimeLabels timeLabels) {
        this.id = id;
        pane = new StackedPane("indicator-pane", timeLabels, false);
        pane.chart.getRenderers().clear();
        pane.chart.getRenderers().add(renderer);
    }

    void put(LineSeries s, int size) {
        PlottedLine line = lines.get(s.name());
        if (line == null) {
            line = new PlottedLine(s, 1.4);
            lines.put(s.name(), line);
            renderer.getDatasets().add(line.dataSet);
        } else {
            line.setSeries(s, size);
        }
    }

    PlottedLine line(String name) {
        return lines.get(name);
    }

    List<LineSeries> series() {
        List<LineSeries> out = new ArrayList<>();
        for (PlottedLine l : lines.values()) out.add(l.series());
        return out;
    }

    void update(int from, int to, int width) {
        double min = Double.NaN, max = Double.NaN;
        for (PlottedLine l : lines.values()) {
            l.publish(from, to, width, false);
            double lo = l.min(), hi = l.max();
            if (!Double.isNaN(lo) && (Double.isNaN(min) || lo < min)) min = lo;
            if (!Double.isNaN(hi) && (Double.isNaN(max) || hi > max)) max = hi;
        }
        pane.setYRange(min, max);
    }
}
