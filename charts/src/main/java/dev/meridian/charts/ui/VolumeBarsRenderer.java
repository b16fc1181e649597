package dev.meridian.charts.ui;

import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;

/**
 * ChartFX renderer for volume columns: one bar per (already reduced) point, from zero up, in the data
 * set's CSS line colour. Bars are at least one pixel wide, 70 % of the spacing when zoomed in.
 */
final class VolumeBarsRenderer extends io.fair_acc.chartfx.renderer.spi.AbstractRendererXY<VolumeBarsRenderer> {

    @Override
    protected void render(GraphicsContext gc, DataSet ds, DataSetNode style) {
        int n = ds.getDataCount();
        if (n == 0) return;
        double spacing = xAxis.getDisplayPosition(xAxis.getMin() + 1) - xAxis.getDisplayPosition(xAxis.getMin());
        double width = Math.max(1, Math.floor(Math.abs(spacing) * 0.7));
        double zero = yAxis.getDisplayPosition(Math.max(0, yAxis.getMin()));
        gc.save();
        gc.setFill(style.getLineColor());
        for (int i = 0; i < n; i++) {
            double x = xAxis.getDisplayPosition(ds.get(DataSet.DIM_X, i));
            double y = yAxis.getDisplayPosition(ds.get(DataSet.DIM_Y, i));
            gc.fillRect(Math.round(x - width / 2), y, width, Math.max(0, zero - y));
        }
        gc.restore();
    }

    @Override
    protected VolumeBarsRenderer getThis() {
        return this;
    }
}
