package dev.meridian.app.charts;

import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.ui.CandleChart;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.Timeframe;
import java.io.File;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Instrument search on the left; toolbar, indicator bar and the chart on the right. Builds a chart per loaded series. */
final class ChartsView {

    private static final double SEARCH_PANE_WIDTH = 210;

    private final ChartsModel model;
    private final ChartsController controller;
    private final SplitPane root = new SplitPane();
    private final StackPane host = new StackPane();
    private final Label emptyHint = new Label("Choose an instrument on the left.");
    private final ToggleGroup timeframes = new ToggleGroup();
    /** Drawing tool and export, at the end of the indicator row. */
    private final HBox tools = new HBox(8);
    private final List<IndicatorSpec> plotted = new ArrayList<>();
    private CandleChart chart;
    private boolean syncing;

    ChartsView(ChartsModel model, ChartsController controller) {
        this.model = model;
        this.controller = controller;
        root.setId("charts-screen");
        root.getItems().addAll(searchPane(), chartPane());
        root.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() <= 0) return;
                root.setDividerPositions(Math.min(0.35, SEARCH_PANE_WIDTH / width.doubleValue()));
                root.widthProperty().removeListener(this);
            }
        });
        SplitPane.setResizableWithParent(root.getItems().getFirst(), false);
        emptyHint.getStyleClass().add("hint");
        host.setId("chart-host");
        host.getChildren().setAll(emptyHint);
        VBox.setVgrow(host, Priority.ALWAYS);
        model.loaded.addListener((obs, old, now) -> showChart(now));
        model.alertLevels.addListener((ListChangeListener<Double>) c -> AlertLines.show(chart, model.alertLevels));
        model.layout.addListener((obs, old, now) -> applyLayout(now));
        model.dark.addListener((obs, old, now) -> {
            if (chart != null) chart.setDark(now);
        });
        model.tool.addListener((obs, old, now) -> {
            if (chart != null) chart.setDrawingTool(now);
        });
    }

    Parent root() {
        return root;
    }

    CandleChart chart() {
        return chart;
    }

    private VBox searchPane() {
        TextField search = new TextField();
        search.setId("chart-search");
        search.setPromptText("Search symbol or name");
        search.textProperty().addListener((obs, old, now) -> controller.search(now));
        ListView<Instrument> list = new ListView<>(model.matches);
        list.setId("chart-instruments");
        list.getStyleClass().add("dense");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Instrument item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.symbol() + "  " + item.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.instrument.get()) controller.open(now);
        });
        model.instrument.addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) list.getSelectionModel().select(now);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Charts");
        title.getStyleClass().add("screen-title");
        VBox pane = new VBox(title, search, list);
        pane.getStyleClass().add("screen");
        pane.setMinWidth(160);
        pane.setPrefWidth(SEARCH_PANE_WIDTH);
        return pane;
    }

    private VBox chartPane() {
        Label message = new Label();
        message.setId("chart-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.message);
        message.managedProperty().bind(model.message.isNotEmpty());
        message.visibleProperty().bind(model.message.isNotEmpty());
        HBox toolbar = toolbar();
        IndicatorBar indicators = new IndicatorBar(model, controller);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        indicators.root().getChildren().addAll(spacer, tools);
        VBox pane = new VBox(toolbar, indicators.root(), indicators.active(), message, host);
        pane.getStyleClass().add("screen");
        return pane;
    }

    private HBox toolbar() {
        Label symbol = new Label();
        symbol.setId("chart-symbol");
        symbol.getStyleClass().add("screen-title");
        symbol.textProperty().bind(model.instrument.map(i -> i.symbol()).orElse("No instrument"));
        HBox frames = new HBox(2);
        for (Timeframe tf : Timeframe.values()) {
            ToggleButton b = new ToggleButton(tf.label());
            b.setId("tf-" + tf.label());
            b.getStyleClass().add("small");
            b.setUserData(tf);
            b.setToggleGroup(timeframes);
            if (tf.isIntraday()) b.disableProperty().bind(model.hasMinuteBars.not());
            b.setOnAction(e -> {
                controller.setTimeframe(tf);
                selectTimeframe(model.layout.get().timeframe());
            });
            frames.getChildren().add(b);
        }
        ComboBox<ChartType> type = new ComboBox<>();
        type.setId("chart-type");
        type.getItems().setAll(ChartType.values());
        type.setConverter(names(t -> t == null ? "" : switch (t) {
            case CANDLES -> "Candles";
            case OHLC_BARS -> "OHLC bars";
            case HEIKIN_ASHI -> "Heikin-Ashi";
            case LINE -> "Line";
            case AREA -> "Area";
        }));
        type.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) controller.setChartType(now);
        });
        CheckBox log = new CheckBox("Log");
        log.setId("chart-log");
        log.selectedProperty().addListener((obs, old, now) -> {
            if (!syncing) controller.setLogScale(now);
        });
        ComboBox<DrawingKind> tool = new ComboBox<>();
        tool.setId("chart-tool");
        tool.setPromptText("Draw");
        tool.getItems().add(null);
        tool.getItems().addAll(DrawingKind.values());
        tool.setConverter(names(k -> k == null ? "No tool" : title(k.name())));
        tool.valueProperty().addListener((obs, old, now) -> controller.setTool(now));
        model.tool.addListener((obs, old, now) -> tool.setValue(now));
        Button export = new Button("Export PNG");
        export.setId("chart-export");
        export.setOnAction(e -> export());
        for (var n : List.of(type, log, tool, export)) n.disableProperty().bind(model.loaded.isNull());
        java.util.function.Consumer<ChartLayoutDefinition> sync = now -> {
            syncing = true;
            type.setValue(now.type());
            log.setSelected(now.logScale());
            selectTimeframe(now.timeframe());
            syncing = false;
        };
        sync.accept(model.layout.get());
        model.layout.addListener((obs, old, now) -> sync.accept(now));
        tools.getChildren().setAll(tool, export);
        HBox bar = new HBox(symbol, frames, new Separator(Orientation.VERTICAL), type, log);
        bar.getStyleClass().add("toolbar-row");
        for (Region r : List.of(symbol, frames)) r.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private void selectTimeframe(Timeframe tf) {
        timeframes.getToggles().stream().filter(t -> t.getUserData() == tf).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private void showChart(LoadedChart loaded) {
        if (chart != null) chart.setDrawingBook(null);
        plotted.clear();
        if (loaded == null) {
            chart = null;
            host.getChildren().setAll(emptyHint);
            return;
        }
        Instrument instrument = loaded.instrument();
        chart = new CandleChart(instrument.symbol(), loaded.bars(), loaded.timeframe(), ZoneId.of(instrument.timeZone()));
        chart.setId("candle-chart");
        chart.setDark(model.dark.get());
        chart.setDrawingBook(loaded.drawings());
        chart.setDrawingTool(model.tool.get());
        chart.setNoteText(this::askNote);
        applyLayout(model.layout.get());
        AlertLines.show(chart, model.alertLevels);
        host.getChildren().setAll(chart);
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

    private String askNote() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Text note");
        dialog.setHeaderText("Note text");
        if (root.getScene() != null) dialog.initOwner(root.getScene().getWindow());
        return dialog.showAndWait().orElse(null);
    }

    private void export() {
        if (chart == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export chart as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(model.instrument.get().symbol() + "-" + model.layout.get().timeframe().label() + ".png");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file == null) return;
        controller.exportPng(SwingFXUtils.fromFXImage(chart.snapshot(null, null), null), file.toPath());
    }

    private static String title(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new IllegalArgumentException("Choices are picked, not typed: '" + s + "'");
            }
        };
    }
}
