package dev.meridian.charts.ui;

import dev.meridian.charts.drawing.Drawing;
import dev.meridian.charts.drawing.DrawingShape;
import dev.meridian.charts.drawing.ScreenMapper;
import dev.meridian.charts.model.Comparison;
import dev.meridian.charts.model.LegendValues;
import dev.meridian.charts.model.LineSeries;
import dev.meridian.charts.model.PriceFormat;
import dev.meridian.core.domain.DrawingKind;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything drawn above the ChartFX bands: drawings, the crosshair with its axis labels, and the legends
 * at the top-left of each band. Redrawn after layout when something changed.
 */
final class ChartOverlay {

    private final CandleChart chart;
    private final Pane root = new Pane();
    private final Canvas canvas = new Canvas();
    private final VBox priceLegend = new VBox(1);
    private final List<Label> indicatorLegends = new ArrayList<>();
    private final Label title = new Label();
    private final Label ohlcv = new Label();
    private boolean dirty = true;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    private LegendValues shown;

    ChartOverlay(CandleChart chart) {
        this.chart = chart;
        root.setMouseTransparent(true);
        root.getStyleClass().add("chart-overlay");
        priceLegend.getStyleClass().add("chart-legend-box");
        title.getStyleClass().add("legend-title");
        ohlcv.getStyleClass().add("legend-ohlcv");
        root.getChildren().addAll(canvas, priceLegend);
    }

    Node node() {
        return root;
    }

    void invalidate() {
        dirty = true;
        chart.requestLayout();
    }

    void setHover(double x, double y) {
        hoverX = x;
        hoverY = y;
        invalidate();
    }

    /** Values the legend shows now (the hovered bar, else the last bar). */
    LegendValues shownLegend() {
        return shown;
    }

    void redrawIfNeeded() {
        if (!dirty) return;
        dirty = false;
        if (canvas.getWidth() != chart.getWidth()) canvas.setWidth(chart.getWidth());
        if (canvas.getHeight() != chart.getHeight()) canvas.setHeight(chart.getHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (chart.bars().isEmpty()) return;
        boolean dark = chart.getStyleClass().contains("dark");
        PlotMapping priceMap = chart.mapping(chart.pricePane().pane);
        drawDrawings(gc, priceMap, dark);
        List<StackedPane> panes = chart.panes();
        List<PlotMapping> maps = new ArrayList<>();
        for (StackedPane p : panes) maps.add(chart.mapping(p));
        int hovered = hoveredPane(maps);
        double index = hovered >= 0 ? Math.round(maps.get(hovered).index(hoverX)) : chart.bars().size() - 1;
        if (hovered >= 0) drawCrosshair(gc, maps, hovered, index, dark);
        updateLegends(priceMap, maps, index);
    }

    private int hoveredPane(List<PlotMapping> maps) {
        if (Double.isNaN(hoverX)) return -1;
        for (int i = 0; i < maps.size(); i++) if (maps.get(i).contains(hoverX, hoverY)) return i;
        return -1;
    }

    private void drawCrosshair(GraphicsContext gc, List<PlotMapping> maps, int hovered, double index, boolean dark) {
        Color line = dark ? Color.rgb(200, 200, 200, 0.6) : Color.rgb(60, 60, 60, 0.55);
        Color box = dark ? Color.rgb(90, 90, 100) : Color.rgb(50, 50, 60);
        gc.save();
        gc.setStroke(line);
        gc.setLineWidth(1);
        gc.setLineDashes(4, 4);
        double x = Math.round(maps.get(0).x(index)) + 0.5;
        for (PlotMapping m : maps) gc.strokeLine(x, m.top(), x, m.top() + m.height());
        PlotMapping hm = maps.get(hovered);
        double y = Math.round(hoverY) + 0.5;
        gc.strokeLine(hm.left(), y, hm.left() + hm.width(), y);
        gc.setLineDashes();
        gc.setFont(Font.font(11));
        gc.setTextBaseline(VPos.CENTER);
        String value = hovered == 0 && chart.isPercentMode() ? PriceFormat.percent(hm.value(hoverY)) : PriceFormat.price(hm.value(hoverY));
        double right = hm.left() + hm.width();
        gc.setFill(box);
        gc.fillRect(right, y - 9, StackedPane.Y_AXIS_WIDTH, 18);
        gc.setFill(Color.WHITE);
        gc.fillText(value, right + 4, y);
        PlotMapping bottom = maps.get(maps.size() - 1);
        String time = chart.labels().fullLabel(index);
        double tw = time.length() * 6.2 + 10;
        double bx = Math.max(bottom.left(), Math.min(x - tw / 2, right - tw));
        double by = bottom.top() + bottom.height() + 1;
        gc.setFill(box);
        gc.fillRect(bx, by, tw, 18);
        gc.setFill(Color.WHITE);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(time, bx + tw / 2, by + 9);
        gc.restore();
    }

    private void drawDrawings(GraphicsContext gc, PlotMapping m, boolean dark) {
        ChartInteraction interaction = chart.interaction();
        List<Drawing> all = new ArrayList<>(interaction.drawings());
        Drawing preview = interaction.preview();
        if (preview != null) all.add(preview);
        if (all.isEmpty()) return;
        ScreenMapper mapper = screenMapper(m);
        long selected = interaction.selectedId();
        gc.save();
        gc.beginPath();
        gc.rect(m.left(), m.top(), m.width(), m.height());
        gc.clip();
        gc.setFont(Font.font(11));
        for (Drawing d : all) {
            DrawingShape shape = DrawingShape.of(d, mapper);
            boolean isSelected = d.id() != 0 && d.id() == selected;
            Color c = d == preview ? Color.rgb(255, 152, 0) : dark ? Color.rgb(100, 181, 246) : Color.rgb(25, 118, 210);
            gc.setStroke(c);
            gc.setFill(c);
            gc.setLineWidth(isSelected ? 2 : 1.3);
            if (d.kind() == DrawingKind.RECTANGLE) {
                double[] a = shape.handles().get(0), b = shape.handles().get(1);
                gc.setFill(c.deriveColor(0, 1, 1, 0.12));
                gc.fillRect(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
                gc.setFill(c);
            }
            for (DrawingShape.Segment s : shape.segments()) {
                if (d.kind() == DrawingKind.TEXT) {
                    gc.setTextBaseline(VPos.BOTTOM);
                    gc.fillText(s.label(), s.x1(), s.y1());
                    continue;
                }
                gc.strokeLine(s.x1(), s.y1(), s.x2(), s.y2());
                if (s.label() != null) {
                    gc.setTextBaseline(VPos.BOTTOM);
                    gc.fillText(s.label(), Math.min(s.x1(), s.x2()) + 3, s.y1() - 1);
                }
            }
            if (isSelected) {
                for (double[] h : shape.handles()) gc.strokeRect(h[0] - 4, h[1] - 4, 8, 8);
            }
        }
        gc.restore();
    }

    ScreenMapper screenMapper(PlotMapping m) {
        return new ScreenMapper() {
            @Override
            public double x(long time) {
                return m.x(chart.scale().indexOf(time));
            }

            @Override
            public double y(double price) {
                return m.y(price);
            }

            @Override
            public double left() {
                return m.left();
            }

            @Override
            public double right() {
                return m.left() + m.width();
            }
        };
    }

    private void updateLegends(PlotMapping priceMap, List<PlotMapping> maps, double index) {
        LegendValues v = chart.legendAt(index);
        shown = v;
        title.setText(chart.symbol() + " · " + chart.timeframe().label() + "   " + v.time());
        ohlcv.setText(v.ohlcvText());
        String direction = v.close() >= v.open() ? "up" : "down";
        if (!ohlcv.getStyleClass().contains(direction)) {
            ohlcv.getStyleClass().removeAll("up", "down");
            ohlcv.getStyleClass().add(direction);
        }
        List<String> texts = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        if (chart.isPercentMode()) {
            texts.add(percentRow(chart.symbol(), chart.bars().closes(), v.index()));
            colors.add(null);
            for (LineSeries s : chart.pricePane().comparisonSeries()) {
                texts.add(percentRow(s.name(), s.values(), v.index()));
                colors.add(s.color());
            }
        } else {
            for (LineSeries s : chart.pricePane().overlaySeries()) {
                texts.add(s.name() + "  " + PriceFormat.price(v.valueOf(s.name())));
                colors.add(s.color());
            }
        }
        setRows(texts, colors);
        priceLegend.relocate(priceMap.left() + 6, priceMap.top() + 4);
        // In a narrow chart (a grid cell) the legend is cut with an ellipsis rather than run over the price axis.
        priceLegend.setMaxWidth(Math.max(80, priceMap.width() - 12));
        updateIndicatorLegends(maps, v);
    }

    /** Reuses the legend's label nodes; only texts change while the cursor moves. */
    private void setRows(List<String> texts, List<String> colors) {
        int fixed = 2;
        javafx.collections.ObservableList<Node> children = priceLegend.getChildren();
        if (children.isEmpty()) children.addAll(title, ohlcv);
        while (children.size() > fixed + texts.size()) children.removeLast();
        for (int i = 0; i < texts.size(); i++) {
            Label l;
            if (fixed + i < children.size()) {
                l = (Label) children.get(fixed + i);
            } else {
                l = new Label();
                l.getStyleClass().add("legend-line");
                children.add(l);
            }
            l.setText(texts.get(i));
            String c = colors.get(i);
            String style = c != null && !c.startsWith("-") ? "-fx-text-fill: " + c + ";" : "";
            if (!style.equals(l.getStyle())) l.setStyle(style);
        }
    }

    private String percentRow(String name, double[] values, int barIndex) {
        int from = chart.viewport().firstBar();
        double base = Comparison.baseAt(values, from, chart.viewport().endBar());
        double value = barIndex < values.length ? values[barIndex] : Double.NaN;
        return name + "  " + PriceFormat.percent(Comparison.rebase(value, base));
    }

    private void updateIndicatorLegends(List<PlotMapping> maps, LegendValues v) {
        List<IndicatorPane> panes = chart.indicatorPanes();
        while (indicatorLegends.size() < panes.size()) {
            Label l = new Label();
            l.getStyleClass().add("legend-indicator");
            indicatorLegends.add(l);
            root.getChildren().add(l);
        }
        while (indicatorLegends.size() > panes.size()) root.getChildren().remove(indicatorLegends.removeLast());
        int offset = maps.size() - panes.size();
        for (int i = 0; i < panes.size(); i++) {
            StringBuilder sb = new StringBuilder(panes.get(i).id);
            for (LineSeries s : panes.get(i).series()) {
                sb.append("   ").append(s.name()).append(' ').append(PriceFormat.price(v.valueOf(s.name())));
            }
            Label l = indicatorLegends.get(i);
            l.setText(sb.toString());
            PlotMapping m = maps.get(offset + i);
            l.relocate(m.left() + 6, m.top() + 2);
        }
    }
}
