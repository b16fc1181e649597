package dev.meridian.charts.ui;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.charts.lod.OhlcvReducer;
import dev.meridian.charts.lod.ReducedBars;
import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.model.LineSeries;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.HighLowRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The price band: bars (candles, OHLC, Heikin-Ashi) or a close line/area, overlays, and percent comparisons. */
final class PricePane {

    final StackedPane pane;
    final ReducedOhlcvDataSet ohlc = new ReducedOhlcvDataSet("price");
    final ReducedBars reduced = new ReducedBars();
    private final CandleStickRenderer candles = new CandleStickRenderer(false);
    private final HighLowRenderer ohlcBars = new HighLowRenderer(false);
    private final ErrorDataSetRenderer closeLineRenderer = LineRenderers.lines(LineStyle.NORMAL);
    private final ErrorDataSetRenderer closeAreaRenderer = LineRenderers.lines(LineStyle.AREA);
    private final ErrorDataSetRenderer overlayRenderer = LineRenderers.lines(LineStyle.NORMAL);
    private final Map<String, PlottedLine> overlays = new LinkedHashMap<>();
    private final Map<String, PlottedLine> comparisons = new LinkedHashMap<>();
    private PlottedLine close;
    /** The close again, in a translucent colour: ChartFX fills areas with the line colour. */
    private PlottedLine closeArea;
    private ChartType type = ChartType.CANDLES;
    private boolean percent;
    double yMin = Double.NaN;
    double yMax = Double.NaN;

    PricePane(BarTimeLabels timeLabels) {
        pane = new StackedPane("price-pane", timeLabels, false);
        candles.getDatasets().add(ohlc);
        ohlcBars.getDatasets().add(ohlc);
        candles.getStyleClass().add("price-bars");
        ohlcBars.getStyleClass().add("price-bars");
        applyRenderers();
    }

    void setClose(LineSeries closeSeries, int size) {
        if (close == null) {
            close = new PlottedLine(closeSeries, 1.6);
            close.dataSet.addStyleClasses("close-line");
            closeArea = new PlottedLine(new LineSeries(closeSeries.name(), closeSeries.values(), "-color-close-area"), 1);
        } else {
            close.setSeries(closeSeries, size);
            closeArea.setSeries(new LineSeries(closeSeries.name(), closeSeries.values(), "-color-close-area"), size);
        }
        applyRenderers();
    }

    PlottedLine close() {
        return close;
    }

    void setType(ChartType newType) {
        type = newType;
        applyRenderers();
    }

    void setPercent(boolean on) {
        percent = on;
        applyRenderers();
    }

    boolean percent() {
        return percent;
    }

    void putOverlay(LineSeries s, int size) {
        PlottedLine line = overlays.get(s.name());
        if (line == null) overlays.put(s.name(), new PlottedLine(s, 1.3));
        else line.setSeries(s, size);
        applyRenderers();
    }

    boolean removeOverlay(String name) {
        boolean removed = overlays.remove(name) != null;
        applyRenderers();
        return removed;
    }

    void putComparison(LineSeries s, int size) {
        PlottedLine line = comparisons.get(s.name());
        if (line == null) comparisons.put(s.name(), new PlottedLine(s, 1.6));
        else line.setSeries(s, size);
        applyRenderers();
    }

    /** The overlay or comparison line with this name, or null. */
    PlottedLine line(String name) {
        PlottedLine l = overlays.get(name);
        return l != null ? l : comparisons.get(name);
    }

    List<LineSeries> overlaySeries() {
        List<LineSeries> out = new ArrayList<>();
        for (PlottedLine l : overlays.values()) out.add(l.series());
        return out;
    }

    List<LineSeries> comparisonSeries() {
        List<LineSeries> out = new ArrayList<>();
        for (PlottedLine l : comparisons.values()) out.add(l.series());
        return out;
    }

    private void applyRenderers() {
        List<Renderer> rs = new ArrayList<>();
        overlayRenderer.getDatasets().clear();
        closeLineRenderer.getDatasets().clear();
        closeAreaRenderer.getDatasets().clear();
        if (percent) {
            if (close != null) closeLineRenderer.getDatasets().add(close.dataSet);
            for (PlottedLine l : comparisons.values()) closeLineRenderer.getDatasets().add(l.dataSet);
            rs.add(closeLineRenderer);
        } else {
            switch (type) {
                case CANDLES, HEIKIN_ASHI -> rs.add(candles);
                case OHLC_BARS -> rs.add(ohlcBars);
                case LINE -> {
                    if (close != null) closeLineRenderer.getDatasets().add(close.dataSet);
                    rs.add(closeLineRenderer);
                }
                case AREA -> {
                    if (close != null) {
                        closeAreaRenderer.getDatasets().add(closeArea.dataSet);
                        closeLineRenderer.getDatasets().add(close.dataSet);
                    }
                    rs.add(closeAreaRenderer);
                    rs.add(closeLineRenderer);
                }
            }
            for (PlottedLine l : overlays.values()) overlayRenderer.getDatasets().add(l.dataSet);
            rs.add(overlayRenderer);
        }
        if (pane.chart.getRenderers().equals(rs)) return;
        // Two changes, not setAll: ChartFX detaches removed renderers after attaching added ones.
        pane.chart.getRenderers().clear();
        pane.chart.getRenderers().addAll(rs);
    }

    /** Reduces and publishes the visible range; {@link #reduced} then holds the pixel-grid bars (also used for volume). */
    void update(OhlcvReducer bars, int from, int to, int width) {
        bars.reduce(from, to, width, reduced);
        yMin = Double.NaN;
        yMax = Double.NaN;
        if (percent) {
            publishLine(close, from, to, width, true);
            for (PlottedLine l : comparisons.values()) publishLine(l, from, to, width, true);
        } else {
            if (type == ChartType.LINE || type == ChartType.AREA) {
                publishLine(close, from, to, width, false);
                if (type == ChartType.AREA) publishLine(closeArea, from, to, width, false);
            } else {
                ohlc.update(reduced);
                include(reduced.minLow(), reduced.maxHigh());
            }
            for (PlottedLine l : overlays.values()) publishLine(l, from, to, width, false);
        }
        pane.setYRange(yMin, yMax);
    }

    void onBarsChanged(double[] closes, int fromIndex, int size) {
        if (close == null) return;
        close.dataChanged(closes, fromIndex, size);
        closeArea.dataChanged(closes, fromIndex, size);
    }

    private void publishLine(PlottedLine l, int from, int to, int width, boolean rebase) {
        if (l == null) return;
        l.publish(from, to, width, rebase);
        include(l.min(), l.max());
    }

    private void include(double lo, double hi) {
        if (!Double.isNaN(lo) && (Double.isNaN(yMin) || lo < yMin)) yMin = lo;
        if (!Double.isNaN(hi) && (Double.isNaN(yMax) || hi > yMax)) yMax = hi;
    }
}
