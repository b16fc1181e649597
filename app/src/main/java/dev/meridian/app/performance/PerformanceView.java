package dev.meridian.app.performance;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.app.portfolio.ReturnChart;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import dev.meridian.core.portfolio.statement.StatementScope;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pickers for scope, security, benchmark and period; the return chart against the benchmark; the figures panel. */
final class PerformanceView {

    private final VBox root;

    PerformanceView(PerformanceModel model, PerformanceController controller, FigureFormat figures, MoneyFormat money) {
        Label title = new Label("Performance");
        title.getStyleClass().add("screen-title");
        ComboBox<StatementScope> scope = combo("perf-scope", model.scopes, s -> s.label() + " (" + s.currency() + ")");
        scope.valueProperty().bindBidirectional(model.scope);
        ComboBox<PerformanceModel.SecurityChoice> security = new ComboBox<>(model.securities);
        security.setId("perf-security");
        security.valueProperty().bindBidirectional(model.security);
        security.setPrefWidth(200);
        ComboBox<Instrument> benchmark = combo("perf-benchmark", model.benchmarks, i -> i.symbol() + " — " + i.name());
        benchmark.valueProperty().bindBidirectional(model.benchmark);
        benchmark.setPrefWidth(200);
        ProgressIndicator loading = new ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(model.loading);
        MenuItem csv = new MenuItem("Performance to CSV…");
        csv.setOnAction(e -> controller.exportCsv());
        MenuItem pdf = new MenuItem("Report to PDF…");
        pdf.setOnAction(e -> controller.exportPdf());
        MenuButton export = new MenuButton("Export", new FontIcon(Feather.DOWNLOAD), csv, pdf);
        export.setId("perf-export");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, scope, security, new Label("vs"), benchmark, loading, spacer, export);
        header.getStyleClass().add("toolbar-row");

        ToggleGroup periods = new ToggleGroup();
        HBox periodRow = new HBox(2);
        periodRow.getStyleClass().add("toolbar-row");
        for (ReportPeriod p : ReportPeriod.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("perf-period-" + p.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(periods);
            b.setUserData(p);
            b.setSelected(p == model.period.get());
            b.getStyleClass().add("small");
            periodRow.getChildren().add(b);
        }
        periods.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            model.period.set((ReportPeriod) now.getUserData());
        });
        DatePicker from = new DatePicker();
        from.setId("perf-from");
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.from);
        DatePicker to = new DatePicker();
        to.setId("perf-to");
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.to);
        HBox custom = new HBox(6, from, to);
        custom.visibleProperty().bind(model.period.isEqualTo(ReportPeriod.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        periodRow.getChildren().add(custom);
        Label message = new Label();
        message.setId("perf-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.message);
        periodRow.getChildren().add(message);

        LineChart<Number, Number> chart = ReturnChart.create();
        chart.setId("perf-chart");
        model.figures.addListener((obs, old, f) -> {
            if (f == null) chart.getData().clear();
            else ReturnChart.show(chart, f);
        });
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox body = new HBox(12, chart, new FiguresPanel(model, figures, money).root());
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(header, periodRow, body);
        root.setId("performance-screen");
        root.getStyleClass().add("screen");
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }

    Parent root() {
        return root;
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
