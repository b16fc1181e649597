package dev.meridian.charts.ui;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.charts.axis.BarTimeScale;
import dev.meridian.charts.drawing.DrawingBook;
import dev.meridian.charts.live.TickCoalescer;
import dev.meridian.charts.live.TickCoalescer.BarUpdate;
import dev.meridian.charts.lod.OhlcvReducer;
import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.model.Comparison;
import dev.meridian.charts.model.CrosshairLegend;
import dev.meridian.charts.model.HeikinAshi;
import dev.meridian.charts.model.LegendValues;
import dev.meridian.charts.model.LineSeries;
import dev.meridian.charts.model.Viewport;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A trading chart: price band (candles, OHLC bars, Heikin-Ashi, line, area) with overlays, a volume band
 * and any number of indicator bands, all on one bar-index time axis (session gaps collapsed). What is drawn
 * is reduced to the pixel grid once per pulse, so frame cost follows the chart width, not the bar count.
 *
 * <p>The chart owns the {@link BarSeries} it is given: change it only through {@link #appendBar} and
 * {@link #reviseLastBar} (callable from any thread; coalesced to one repaint per pulse). Everything else
 * (construction included) runs on the FX thread.
 */
public final class CandleChart extends Region {

    private static final double VOLUME_SHARE = 0.16;
    private static final double INDICATOR_SHARE = 0.2;

    private final Timeframe timeframe;
    private final Viewport viewport = new Viewport(150);
    private final OhlcvReducer reducer = new OhlcvReducer();
    private final BarTimeLabels labels;
    private final PricePane price;
    private final VolumePane volume;
    private final List<IndicatorPane> indicators = new ArrayList<>();
    private final ChartOverlay overlay;
    private final ChartInteraction interaction;
    private final TickCoalescer coalescer;
    private final Runnable pulseListener = this::afterLayout;
    /**
     * Data sets are written before the pulse's layout: ChartFX holds their locks from its pre-layout hook
     * until it has rendered, so writing from layout code would deadlock. A layout outside a pulse (showing a
     * window, a snapshot) leaves them locked until the next pulse has rendered: then the timer waits a pulse.
     */
    private final AnimationTimer frameTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (panes().stream().anyMatch(StackedPane::dataSetsLocked)) return;
            stop();
            if (dirty) computeFrame(price.pane.plotWidth(getWidth()));
        }
    };
    private final String symbol;
    private final Runnable drawingsChanged = () -> overlay().invalidate();
    private DrawingBook drawingBook;
    private BarSeries bars;
    private BarTimeScale scale;
    private double[][] heikinAshi;
    private ChartType type = ChartType.CANDLES;
    private boolean volumeVisible = true;
    private boolean dirty = true;
    private long frames;
    private int lastWidth;

    public CandleChart(String symbol, BarSeries bars, Timeframe timeframe) {
        this(symbol, bars, timeframe, ZoneId.systemDefault());
    }

    public CandleChart(String symbol, BarSeries bars, Timeframe timeframe, ZoneId zone) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.bars = Objects.requireNonNull(bars, "bars");
        this.scale = new BarTimeScale(bars.times(), bars.size(), timeframe);
        this.labels = new BarTimeLabels(scale, timeframe, zone);
        price = new PricePane(labels);
        price.pane.yAxis.setTickLabelFormatter(AxisLabels.PRICE);
        volume = new VolumePane(labels);
        overlay = new ChartOverlay(this);
        interaction = new ChartInteraction(this);
        coalescer = new TickCoalescer(Platform::runLater, this::applyUpdates);
        getStyleClass().add("meridian-chart");
        getStylesheets().add(Objects.requireNonNull(CandleChart.class.getResource("/dev/meridian/charts/charts.css")).toExternalForm());
        setFocusTraversable(true);
        loadBars();
        rebuildChildren();
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) old.removePostLayoutPulseListener(pulseListener);
            if (now != null) now.addPostLayoutPulseListener(pulseListener);
        });
    }

    // ---- data ----------------------------------------------------------------------------------------

    private void loadBars() {
        viewport.setBarCount(bars.size());
        viewport.reset();
        price.setClose(new LineSeries(symbol, bars.closes(), "-color-close-line"), bars.size());
        bindReducer();
    }

    private void bindReducer() {
        if (type == ChartType.HEIKIN_ASHI) {
            ensureHeikinAshi(0);
            reducer.setData(heikinAshi[0], heikinAshi[1], heikinAshi[2], heikinAshi[3], bars.volumes(), bars.size());
        } else {
            reducer.setData(bars.opens(), bars.highs(), bars.lows(), bars.closes(), bars.volumes(), bars.size());
        }
    }

    private void ensureHeikinAshi(int from) {
        int n = bars.size();
        if (heikinAshi == null || heikinAshi[0].length < n) {
            int cap = Math.max(n, bars.times().length);
            heikinAshi = new double[][]{new double[cap], new double[cap], new double[cap], new double[cap]};
            from = 0;
        }
        HeikinAshi.computeFrom(bars.opens(), bars.highs(), bars.lows(), bars.closes(), from, n, heikinAshi);
    }

    /** Appends a new bar; any thread. */
    public void appendBar(long time, double open, double high, double low, double close, double vol) {
        coalescer.submit(new BarUpdate(true, time, open, high, low, close, vol));
    }

    /** Revises the last bar (a live tick); any thread. */
    public void reviseLastBar(double open, double high, double low, double close, double vol) {
        coalescer.submit(new BarUpdate(false, 0, open, high, low, close, vol));
    }

    private void applyUpdates(List<BarUpdate> batch) {
        int before = bars.size();
        boolean followEnd = viewport.last() >= before - 1;
        int firstChanged = Math.max(0, before - 1);
        for (BarUpdate u : batch) {
            if (u.append()) bars.append(u.time(), u.open(), u.high(), u.low(), u.close(), u.volume());
            else bars.reviseLast(u.open(), u.high(), u.low(), u.close(), u.volume());
        }
        int size = bars.size();
        scale = new BarTimeScale(bars.times(), size, timeframe);
        labels.setScale(scale);
        viewport.setBarCount(size);
        if (followEnd && size > before) viewport.pan(size - before);
        if (type == ChartType.HEIKIN_ASHI) {
            ensureHeikinAshi(firstChanged);
            reducer.dataChanged(heikinAshi[0], heikinAshi[1], heikinAshi[2], heikinAshi[3], bars.volumes(), firstChanged, size);
        } else {
            reducer.dataChanged(bars.opens(), bars.highs(), bars.lows(), bars.closes(), bars.volumes(), firstChanged, size);
        }
        price.onBarsChanged(bars.closes(), firstChanged, size);
        invalidateFrame();
    }

    public BarSeries bars() {
        return bars;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    BarTimeScale scale() {
        return scale;
    }

    BarTimeLabels labels() {
        return labels;
    }

    // ---- configuration ------------------------------------------------------------------------------

    public void setChartType(ChartType newType) {
        type = Objects.requireNonNull(newType, "chart type");
        price.setType(newType);
        bindReducer();
        invalidateFrame();
    }

    public ChartType chartType() {
        return type;
    }

    public void setVolumeVisible(boolean visible) {
        volumeVisible = visible;
        rebuildChildren();
    }

    /** Adds or replaces a line on the price band (SMA, Bollinger band edge ...). */
    public void setOverlay(LineSeries series) {
        price.putOverlay(series, bars.size());
        invalidateFrame();
    }

    public boolean removeOverlay(String name) {
        boolean removed = price.removeOverlay(name);
        invalidateFrame();
        return removed;
    }

    /** Adds an indicator band with the given lines, or replaces the lines of an existing band with this id. */
    public void setIndicatorPane(String paneId, List<LineSeries> lines) {
        IndicatorPane pane = indicators.stream().filter(p -> p.id.equals(paneId)).findFirst().orElse(null);
        if (pane == null) {
            pane = new IndicatorPane(paneId, labels);
            indicators.add(pane);
            rebuildChildren();
        }
        for (LineSeries s : lines) pane.put(s, bars.size());
        invalidateFrame();
    }

    /**
     * A line's values changed from {@code fromIndex} on (a streaming indicator took a new or revised bar):
     * only that tail is re-aggregated. {@code values} may be a new, longer array (e.g. a streaming indicator's
     * backing column) of which the first {@code validSize} entries are bars. FX thread.
     */
    public void lineChanged(String name, double[] values, int fromIndex, int validSize) {
        if (validSize < 0 || validSize > values.length) {
            throw new IllegalArgumentException("Line '" + name + "': valid size " + validSize + " outside 0.." + values.length);
        }
        PlottedLine line = price.line(name);
        for (int i = 0; line == null && i < indicators.size(); i++) line = indicators.get(i).line(name);
        if (line == null) throw new IllegalArgumentException("No overlay or indicator line named '" + name + "'");
        line.dataChanged(values, fromIndex, validSize);
        invalidateFrame();
    }

    public boolean removeIndicatorPane(String paneId) {
        boolean removed = indicators.removeIf(p -> p.id.equals(paneId));
        if (removed) rebuildChildren();
        return removed;
    }

    public void setLogScale(boolean log) {
        price.pane.yAxis.setLogAxis(log && !price.percent());
        invalidateFrame();
    }

    public boolean isLogScale() {
        return price.pane.yAxis.isLogAxis();
    }

    /** Adds another symbol for percent-comparison mode; its closes are aligned to this chart's bar times. */
    public void addComparison(String name, BarSeries other, String color) {
        price.putComparison(new LineSeries(name, Comparison.alignCloses(bars, other), color), bars.size());
        invalidateFrame();
    }

    /** Percent mode: every series (this symbol and the comparisons) rebased to 0 % at the first visible bar. */
    public void setPercentMode(boolean on) {
        if (on) price.pane.yAxis.setLogAxis(false);
        price.setPercent(on);
        price.pane.yAxis.setTickLabelFormatter(on ? AxisLabels.PERCENT : AxisLabels.PRICE);
        invalidateFrame();
    }

    public boolean isPercentMode() {
        return price.percent();
    }

    /** Follows the app theme: switches the chart's colour variables. */
    public void setDark(boolean dark) {
        if (dark && !getStyleClass().contains("dark")) getStyleClass().add("dark");
        if (!dark) getStyleClass().remove("dark");
        invalidateFrame();
    }

    /** Attaches the instrument's drawings; null detaches. */
    public void setDrawingBook(DrawingBook book) {
        if (drawingBook != null) drawingBook.removeListener(drawingsChanged);
        drawingBook = book;
        interaction.setDrawingBook(book);
        if (book != null) book.addListener(drawingsChanged);
        overlay.invalidate();
    }

    /** Arms a drawing tool: the next clicks on the price band place its anchors. Null disarms. */
    public void setDrawingTool(DrawingKind kind) {
        interaction.setTool(kind);
    }

    /** Runs when the armed tool has placed its drawing (or was cancelled) and the chart disarmed it. */
    public void setOnDrawingToolDone(Runnable action) {
        interaction.setOnToolDone(Objects.requireNonNull(action, "tool done action"));
    }

    /** Where a bar index and a price are drawn on the price band, in this chart's coordinates; valid after layout. */
    public Point2D pricePosition(double barIndex, double value) {
        PlotMapping m = mapping(price.pane);
        return new Point2D(m.x(barIndex), m.y(value));
    }

    /** The price at a height {@code y} in this chart's coordinates on the price band; valid after layout. */
    public double priceAt(double y) {
        return mapping(price.pane).value(y);
    }

    /** Asks for a text note's text when the TEXT tool is clicked (e.g. a dialog); blank or null cancels the note. */
    public void setNoteText(java.util.function.Supplier<String> supplier) {
        interaction.setNoteText(Objects.requireNonNull(supplier, "note text supplier"));
    }

    /** Writes the chart as it is on screen to a PNG file. */
    public void exportPng(Path file) {
        PngExport.write(this, file);
    }

    // ---- viewport ----------------------------------------------------------------------------------

    public Viewport viewport() {
        return viewport;
    }

    /** Call after changing the viewport directly; the frame is recomputed once, at the start of the next pulse. */
    public void invalidateFrame() {
        dirty = true;
        frameTimer.start();
    }

    /** Number of frames (reductions + data set updates) computed so far. */
    public long frames() {
        return frames;
    }

    /** Legend values at a fractional bar index (what the crosshair shows there). */
    public LegendValues legendAt(double index) {
        List<LineSeries> lines = new ArrayList<>(price.overlaySeries());
        lines.addAll(price.comparisonSeries());
        for (IndicatorPane p : indicators) lines.addAll(p.series());
        if (type == ChartType.HEIKIN_ASHI) return CrosshairLegend.atHeikinAshi(index, bars, heikinAshi, lines, labels);
        return CrosshairLegend.at(index, bars, lines, labels);
    }

    /** Bytes the price band's level-of-detail pyramids hold (0 until a view spans 4096+ bars per pixel column). */
    public long lodBytes() {
        return reducer.pyramidBytes();
    }

    ReducedOhlcvDataSet priceDataSet() {
        return price.ohlc;
    }

    // ---- layout ------------------------------------------------------------------------------------

    List<StackedPane> panes() {
        List<StackedPane> out = new ArrayList<>();
        out.add(price.pane);
        if (volumeVisible) out.add(volume.pane);
        for (IndicatorPane p : indicators) out.add(p.pane);
        return out;
    }

    List<IndicatorPane> indicatorPanes() {
        return indicators;
    }

    private void rebuildChildren() {
        List<StackedPane> panes = panes();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).showTimeAxis(i == panes.size() - 1);
            nodes.add(panes.get(i).chart);
        }
        nodes.add(overlay.node());
        getChildren().setAll(nodes);
        invalidateFrame();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        List<StackedPane> panes = panes();
        double plotH = Math.max(0, h - StackedPane.TIME_AXIS_HEIGHT);
        double volH = volumeVisible ? Math.round(plotH * VOLUME_SHARE) : 0;
        double indH = Math.round(plotH * INDICATOR_SHARE);
        double priceH = Math.max(40, plotH - volH - indH * indicators.size());
        double y = 0;
        for (int i = 0; i < panes.size(); i++) {
            StackedPane p = panes.get(i);
            boolean bottom = i == panes.size() - 1;
            double ph = p == price.pane ? priceH : p == volume.pane ? volH : indH;
            if (bottom) ph = Math.max(0, h - y);
            p.chart.resizeRelocate(0, y, w, ph);
            y += ph;
        }
        overlay.node().resizeRelocate(0, 0, w, h);
        int width = price.pane.plotWidth(w);
        if (width != lastWidth) {
            lastWidth = width;
            invalidateFrame();
        }
    }

    private void computeFrame(int width) {
        dirty = false;
        frames++;
        double first = viewport.first(), last = viewport.last();
        int from = viewport.firstBar(), to = viewport.endBar();
        labels.setVisibleRange(first, last, width);
        for (StackedPane p : panes()) {
            p.setXRange(first - 0.5, last + 0.5);
            p.xAxis.requestAxisLayout();
        }
        price.update(reducer, from, to, width);
        if (volumeVisible) volume.update(price.reduced);
        for (IndicatorPane p : indicators) p.update(from, to, width);
        overlay.invalidate();
        requestLayout();
    }

    private void afterLayout() {
        overlay.redrawIfNeeded();
    }

    PlotMapping mapping(StackedPane pane) {
        javafx.geometry.Bounds b = sceneToLocal(pane.canvas().localToScene(pane.canvas().getBoundsInLocal()));
        return new PlotMapping(b.getMinX(), b.getMinY(), Math.max(1, b.getWidth()), Math.max(1, b.getHeight()), pane.xAxis, pane.yAxis);
    }

    PricePane pricePane() {
        return price;
    }

    ChartOverlay overlay() {
        return overlay;
    }

    ChartInteraction interaction() {
        return interaction;
    }

    String symbol() {
        return symbol;
    }
}
