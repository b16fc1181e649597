package dev.meridian.charts.ui;

import dev.meridian.charts.axis.BarTimeLabels;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;

/**
 * One horizontal band of the chart (price, volume or an indicator): a ChartFX {@link XYChart} whose x axis
 * is the bar index and whose y axis sits on the right with a fixed width, so all bands line up.
 */
final class StackedPane {

    static final double Y_AXIS_WIDTH = 72;
    static final double TIME_AXIS_HEIGHT = 26;

    final XYChart chart;
    final DefaultNumericAxis xAxis;
    final DefaultNumericAxis yAxis;

    StackedPane(String styleClass, BarTimeLabels timeLabels, boolean showTimeAxis) {
        xAxis = new BarTimeAxis(timeLabels);
        xAxis.setAutoRanging(false);
        xAxis.setAutoRangeRounding(false);
        xAxis.setAnimated(false);
        xAxis.setSide(Side.BOTTOM);
        xAxis.setMinorTickCount(0);
        showTimeAxis(showTimeAxis);

        yAxis = new DefaultNumericAxis();
        yAxis.setAutoRanging(false);
        yAxis.setAutoRangeRounding(false);
        yAxis.setAnimated(false);
        yAxis.setSide(Side.RIGHT);
        yAxis.setMinorTickCount(0);
        yAxis.setMinWidth(Y_AXIS_WIDTH);
        yAxis.setPrefWidth(Y_AXIS_WIDTH);
        yAxis.setMaxWidth(Y_AXIS_WIDTH);
        yAxis.getStyleClass().add("value-axis");

        chart = new XYChart(xAxis, yAxis);
        yAxis.setSide(Side.RIGHT);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getGridRenderer().setDrawOnTop(false);
        chart.getStyleClass().addAll("meridian-pane", styleClass);
        chart.setMinHeight(40);
    }

    /** Only the bottom band shows time labels; the others keep a zero-height axis. */
    void showTimeAxis(boolean show) {
        xAxis.getStyleClass().removeAll("time-axis", "hidden-time-axis");
        xAxis.getStyleClass().add(show ? "time-axis" : "hidden-time-axis");
        double h = show ? TIME_AXIS_HEIGHT : 0;
        xAxis.setMinHeight(h);
        xAxis.setPrefHeight(h);
        xAxis.setMaxHeight(h);
    }

    void setXRange(double first, double last) {
        setRange(xAxis, first, last, xAxis.getWidth());
    }

    /** Sets the y range with 8% padding; on a log axis the range is kept positive. */
    void setYRange(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) return;
        if (max <= min) {
            double d = Math.max(Math.abs(max) * 0.01, 1e-9);
            min -= d;
            max += d;
        }
        if (yAxis.isLogAxis()) {
            double lo = Math.max(min, 1e-9);
            double ratio = Math.pow(Math.max(max, lo * 1.0001) / lo, 0.08);
            setRange(yAxis, lo / ratio, Math.max(max, lo * 1.0001) * ratio, yAxis.getHeight());
            return;
        }
        double pad = (max - min) * 0.08;
        setRange(yAxis, min - pad, max + pad, yAxis.getHeight());
    }

    /** A range from zero to {@code max} plus headroom (volume). */
    void setYRangeFromZero(double max) {
        setRange(yAxis, 0, max * 1.08, yAxis.getHeight());
    }

    /** With auto-ranging off ChartFX keeps a fixed tick unit, so it is recomputed for every new range. */
    private static void setRange(DefaultNumericAxis axis, double min, double max, double length) {
        if (axis.getMin() == min && axis.getMax() == max) return;
        axis.setMin(min);
        axis.setMax(max);
        axis.setTickUnit(axis.computePreferredTickUnit(length > 10 ? length : 400));
    }

    /** True while ChartFX holds the read locks of this band's data sets (between its layout and its render). */
    boolean dataSetsLocked() {
        for (Renderer r : chart.getRenderers()) {
            for (DataSet ds : r.getDatasets()) {
                if (ds.lock() instanceof DefaultDataSetLock<?> l && l.getReaderCount() > 0) return true;
            }
        }
        return false;
    }

    Canvas canvas() {
        return chart.getCanvas();
    }

    Pane foreground() {
        return chart.getPlotForeground();
    }

    /** Plot width in pixels; before the first layout an estimate from the chart's own width. */
    int plotWidth(double fallbackTotalWidth) {
        double w = canvas().getWidth();
        if (w < 2) w = fallbackTotalWidth - Y_AXIS_WIDTH;
        return Math.max(1, (int) Math.round(w));
    }
}
