package dev.meridian.app.charts;

import dev.meridian.charts.ui.CandleChart;
import dev.meridian.core.domain.Instrument;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/** One cell of the chart grid: the chart of a {@link ChartSlot}, built anew when its bars change, framed when active. */
final class ChartCell {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final ChartSlot slot;
    private final ChartsModel model;
    private final Supplier<String> noteText;
    private final StackPane root = new StackPane();
    private final Label emptyHint = new Label("Choose an instrument on the left.");
    private final List<IndicatorSpec> plotted = new ArrayList<>();
    private CandleChart chart;

    ChartCell(ChartSlot slot, ChartsModel model, Supplier<String> noteText, Runnable activate) {
        this.slot = slot;
        this.model = model;
        this.noteText = noteText;
        root.setId("chart-cell-" + slot.index);
        root.getStyleClass().add("chart-cell");
        emptyHint.getStyleClass().add("hint");
        root.getChildren().setAll(emptyHint);
        root.setMinSize(0, 0);
        // A filter, so a click that also places a drawing or pans makes the chart active first.
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> activate.run());
        slot.loaded.addListener((obs, old, now) -> show(now));
        slot.layout.addListener((obs, old, now) -> applyLayout(now));
        slot.alertLevels.addListener((ListChangeListener<Double>) c -> AlertLines.show(chart, slot.alertLevels));
        model.dark.addListener((obs, old, now) -> {
            if (chart != null) chart.setDark(now);
        });
        model.tool.addListener((obs, old, now) -> armTool());
        model.active.addListener((obs, old, now) -> {
            root.pseudoClassStateChanged(ACTIVE, isActive());
            armTool();
        });
        root.pseudoClassStateChanged(ACTIVE, isActive());
    }

    StackPane root() {
        return root;
    }

    CandleChart chart() {
        return chart;
    }

    private boolean isActive() {
        return model.active.get() == slot.index;
    }

    /** Only the active chart takes drawing clicks: the tool belongs to the toolbar, which acts on it. */
    private void armTool() {
        if (chart != null) chart.setDrawingTool(isActive() ? model.tool.get() : null);
    }

    private void show(LoadedChart loaded) {
        if (chart != null) chart.setDrawingBook(null);
        plotted.clear();
        if (loaded == null) {
            chart = null;
            root.getChildren().setAll(emptyHint);
            return;
        }
        Instrument instrument = loaded.instrument();
        chart = new CandleChart(instrument.symbol(), loaded.bars(), loaded.timeframe(), ZoneId.of(instrument.timeZone()));
        chart.setId("candle-chart-" + slot.index);
        chart.getStyleClass().add("candle-chart");
        chart.setDark(model.dark.get());
        chart.setDrawingBook(loaded.drawings());
        chart.setNoteText(noteText);
        chart.setOnDrawingToolDone(() -> model.tool.set(null));
        armTool();
        applyLayout(slot.layout.get());
        AlertLines.show(chart, slot.alertLevels);
        root.getChildren().setAll(chart);
    }

    private void applyLayout(ChartLayoutDefinition layout) {
        if (chart == null) return;
        if (chart.chartType() != layout.type()) chart.setChartType(layout.type());
        if (chart.isLogScale() != layout.logScale()) chart.setLogScale(layout.logScale());
        for (IndicatorSpec spec : List.copyOf(plotted)) {
            if (!layout.indicators().contains(spec)) {
                IndicatorPlotter.remove(chart, spec);
                plotted.remove(spec);
            }
        }
        for (IndicatorSpec spec : layout.indicators()) {
            if (!plotted.contains(spec)) {
                IndicatorPlotter.plot(chart, spec);
                plotted.add(spec);
            }
        }
    }
}
