package dev.meridian.charts.ui;

import dev.meridian.charts.lod.LineReducer;
import dev.meridian.charts.lod.ReducedLine;
import dev.meridian.charts.model.Comparison;
import dev.meridian.charts.model.LineSeries;
import io.fair_acc.dataset.spi.DoubleDataSet;

import java.util.Arrays;

/** A line series on screen: its reducer, the reduced points and the ChartFX data set they are published to. */
final class PlottedLine {

    private final LineReducer reducer = new LineReducer();
    private final ReducedLine reduced = new ReducedLine();
    private double[] ys = new double[0];
    final DoubleDataSet dataSet;
    private LineSeries series;
    private int size;

    PlottedLine(LineSeries series, double lineWidth) {
        this.dataSet = new DoubleDataSet(series.name());
        setSeries(series, series.values().length);
        dataSet.setStyle("-fx-line-color: " + series.color() + "; -fx-stroke: " + series.color()
                + "; -fx-fill: " + series.color() + "; -fx-line-width: " + lineWidth + "; -fx-stroke-width: " + lineWidth + ";");
    }

    LineSeries series() {
        return series;
    }

    void setSeries(LineSeries newSeries, int newSize) {
        series = newSeries;
        size = Math.min(newSize, newSeries.values().length);
        reducer.setData(newSeries.values(), size);
    }

    /** Values from {@code fromIndex} changed in place (live bars). */
    void dataChanged(double[] values, int fromIndex, int newSize) {
        if (values != series.values()) series = new LineSeries(series.name(), values, series.color());
        size = Math.min(newSize, values.length);
        reducer.dataChanged(values, fromIndex, size);
    }

    /** Reduces the visible range and publishes it; in percent mode values are rebased to the first visible value. */
    void publish(int from, int to, int pixelWidth, boolean percent) {
        reducer.reduce(from, to, pixelWidth, reduced);
        int n = reduced.size();
        if (ys.length < n) ys = Arrays.copyOf(ys, Math.max(n, ys.length * 2));
        double base = percent ? Comparison.baseAt(series.values(), from, Math.min(to, size)) : Double.NaN;
        for (int i = 0; i < n; i++) ys[i] = percent ? Comparison.rebase(reduced.y(i), base) : reduced.y(i);
        dataSet.set(reduced.xs(), ys, n, true);
    }

    double min() {
        double m = Double.NaN;
        for (int i = 0; i < dataSet.getDataCount(); i++) {
            double v = dataSet.get(1, i);
            if (!Double.isNaN(v) && (Double.isNaN(m) || v < m)) m = v;
        }
        return m;
    }

    double max() {
        double m = Double.NaN;
        for (int i = 0; i < dataSet.getDataCount(); i++) {
            double v = dataSet.get(1, i);
            if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) m = v;
        }
        return m;
    }
}
