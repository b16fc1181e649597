package dev.meridian.app.imports;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.ImportBatch;
import dev.meridian.core.imports.NumberStyle;
import dev.meridian.core.imports.csv.Delimiters;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The wizard (one pane per step, stacked) beside the list of earlier imports. */
final class ImportsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final List<String> ENCODINGS = List.of(ImportsModel.DETECT_ENCODING, StandardCharsets.UTF_8.name(),
            StandardCharsets.UTF_16LE.name(), StandardCharsets.UTF_16BE.name(), "windows-1252", StandardCharsets.ISO_8859_1.name());

    private final ImportsModel model;
    private final ImportsController controller;
    private final SplitPane root = new SplitPane();
    private final TextField path = new TextField();

    ImportsView(ImportsModel model, ImportsController controller) {
        this.model = model;
        this.controller = controller;
        root.setId("imports-screen");
        Label title = new Label("Import");
        title.getStyleClass().add("screen-title");
        StackPane steps = new StackPane(choose(), review(), running(), done());
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox wizard = new VBox(title, steps);
        wizard.getStyleClass().add("screen");
        VBox history = history();
        root.getItems().addAll(wizard, history);
        root.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(history, false);
    }

    Parent root() {
        return root;
    }

    /** Puts the caret into the file field, so a path can be typed or pasted right away. */
    void focusPath() {
        javafx.application.Platform.runLater(path::requestFocus);
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node step(ImportsModel.Step step, Node content) {
        content.visibleProperty().bind(model.step.isEqualTo(step));
        return content;
    }

    private Node choose() {
        path.setId("import-path");
        path.setPromptText("Path of a .csv, .ofx, .qfx or .qif file");
        path.textProperty().bindBidirectional(model.path);
        path.setOnAction(e -> controller.next());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Browse…", new FontIcon(Feather.FOLDER));
        browse.setId("import-browse");
        browse.setOnAction(e -> controller.browse());

        ComboBox<Account> account = new ComboBox<>(model.accounts);
        account.setId("import-account");
        account.valueProperty().bindBidirectional(model.account);
        account.setConverter(converter(a -> a.name() + " · " + a.type() + " · " + a.currency()));
        account.setPrefWidth(320);

        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("import-encoding");
        encoding.getItems().setAll(ENCODINGS);
        encoding.valueProperty().bindBidirectional(model.encoding);

        Label error = new Label();
        error.setId("import-choose-error");
        error.getStyleClass().add("error-message");
        error.textProperty().bind(model.chooseError);
        error.setWrapText(true);

        Button next = new Button("Next", new FontIcon(Feather.ARROW_RIGHT));
        next.setId("import-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> controller.next());

        GridPane form = grid();
        HBox file = new HBox(8, path, browse);
        file.setMaxWidth(720);
        GridPane.setHgrow(file, Priority.ALWAYS);
        form.addRow(0, new Label("File"), file);
        form.addRow(1, new Label("Into account"), account);
        form.addRow(2, new Label("Encoding"), encoding);
        Label hint = new Label("Bank statements: CSV (any column layout), OFX/QFX 1.x and 2.x, QIF. Broker exports: "
                + "Trading 212 history and DEGIRO transactions CSV are recognised by their header. Nothing is written "
                + "before you confirm the preview, and every import can be undone as a whole.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(12, form, hint, error, new HBox(next));
        return step(ImportsModel.Step.CHOOSE, box);
    }

    private Node review() {
        Label format = new Label();
        format.setId("import-format");
        format.getStyleClass().add("account-name");
        format.textProperty().bind(model.formatLabel);
        Label used = new Label();
        used.getStyleClass().add("hint");
        used.textProperty().bind(model.encodingUsed);

        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("map-encoding");
        encoding.getItems().setAll(ENCODINGS);
        encoding.valueProperty().bindBidirectional(model.encoding);
        encoding.valueProperty().addListener((obs, old, now) -> controller.encodingChanged());
        ComboBox<Character> delimiter = new ComboBox<>();
        delimiter.setId("map-delimiter");
        delimiter.getItems().setAll(Delimiters.CANDIDATES);
        delimiter.setConverter(converter(Delimiters::label));
        delimiter.valueProperty().bindBidirectional(model.delimiter);
        delimiter.valueProperty().addListener((obs, old, now) -> controller.delimiterChanged());
        CheckBox header = new CheckBox("First row is a header");
        header.setId("map-header");
        header.selectedProperty().bindBidirectional(model.header);
        header.selectedProperty().addListener((obs, old, now) -> controller.mappingChanged());
        ComboBox<NumberStyle> numbers = new ComboBox<>();
        numbers.setId("map-number-style");
        numbers.getItems().setAll(NumberStyle.values());
        numbers.setConverter(converter(NumberStyle::example));
        numbers.valueProperty().bindBidirectional(model.numberStyle);
        numbers.valueProperty().addListener((obs, old, now) -> controller.mappingChanged());

        GridPane mapping = grid();
        mapping.addRow(0, new Label("Encoding"), encoding, new Label("Delimiter"), delimiter, header);
        mapping.addRow(1, new Label("Date"), column("map-date", model.dateColumn), new Label("Amount"), column("map-amount", model.amountColumn),
                new Label("Amounts like"), numbers);
        mapping.addRow(2, new Label("Debit (out)"), column("map-debit", model.debitColumn), new Label("Credit (in)"),
                column("map-credit", model.creditColumn));
        mapping.addRow(3, new Label("Payee"), column("map-payee", model.payeeColumn), new Label("Memo"), column("map-memo", model.memoColumn),
                new Label("Unique id"), column("map-reference", model.referenceColumn));
        mapping.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        mapping.visibleProperty().bind(model.csvMapping);
        mapping.managedProperty().bind(model.csvMapping);

        ComboBox<String> datePattern = new ComboBox<>(model.datePatterns);
        datePattern.setId("map-date-format");
        datePattern.setEditable(true);
        datePattern.valueProperty().bindBidirectional(model.datePattern);
        datePattern.valueProperty().addListener((obs, old, now) -> controller.mappingChanged());
        Label warning = new Label();
        warning.setId("map-date-warning");
        warning.getStyleClass().add("strength-fair");
        warning.textProperty().bind(model.dateWarning);
        HBox dates = new HBox(8, new Label("Date format"), datePattern, warning);
        dates.setAlignment(Pos.CENTER_LEFT);
        dates.visibleProperty().bind(model.datePatternChoice);
        dates.managedProperty().bind(model.datePatternChoice);

        TableView<PreviewRow> table = previewTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary);
        Button back = new Button("Back", new FontIcon(Feather.ARROW_LEFT));
        back.setId("import-back");
        back.setOnAction(e -> controller.back());
        Button run = new Button("Import", new FontIcon(Feather.DOWNLOAD));
        run.setId("import-run");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.canImport.not().or(model.previewing));
        run.setOnAction(e -> controller.runImport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, summary, spacer, back, run);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, new HBox(10, format, used), mapping, dates, table, buttons);
        return step(ImportsModel.Step.REVIEW, box);
    }

    private TableView<PreviewRow> previewTable() {
        TableView<PreviewRow> table = new TableView<>(model.preview);
        table.setId("import-preview");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No rows to show."));
        table.getColumns().setAll(List.of(
                textColumn("Line", r -> Long.toString(r.line()), 50),
                textColumn("Date", PreviewRow::date, 90),
                textColumn("Amount", PreviewRow::amount, 110),
                textColumn("Payee / column", PreviewRow::payee, 170),
                textColumn("Status", PreviewRow::status, 110),
                textColumn("Details", PreviewRow::detail, 260)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("import-error-row", "import-duplicate-row");
                if (empty || row == null) return;
                if (row.error()) getStyleClass().add("import-error-row");
                else if (!row.status().equals("New")) getStyleClass().add("import-duplicate-row");
            }
        });
        return table;
    }

    private Node running() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(model.progress);
        Label text = new Label();
        text.textProperty().bind(model.progressText);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> controller.cancelImport());
        VBox box = new VBox(12, text, bar, cancel);
        box.setAlignment(Pos.CENTER);
        return step(ImportsModel.Step.RUNNING, box);
    }

    private Node done() {
        Label result = new Label();
        result.setId("import-result");
        result.setWrapText(true);
        result.textProperty().bind(model.result);
        Button undo = new Button("Undo import", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("import-undo");
        undo.disableProperty().bind(model.canUndoResult.not());
        undo.setOnAction(e -> controller.undoLast());
        Button again = new Button("Import another file");
        again.setId("import-restart");
        again.setOnAction(e -> controller.restart());
        VBox box = new VBox(12, result, new HBox(8, undo, again));
        return step(ImportsModel.Step.DONE, box);
    }

    private VBox history() {
        Label title = new Label("Earlier imports");
        title.getStyleClass().add("screen-title");
        ListView<ImportBatch> list = new ListView<>(model.history);
        list.setId("import-history");
        list.setPlaceholder(new Label("No imports yet."));
        list.setCellFactory(v -> {
            ListCell<ImportBatch> cell = new ListCell<>() {
                @Override
                protected void updateItem(ImportBatch b, boolean empty) {
                    super.updateItem(b, empty);
                    if (empty || b == null) {
                        setText(null);
                        return;
                    }
                    setText(b.fileName() + "\n" + b.source() + " · " + b.rowCount() + " rows · "
                            + WHEN.format(b.importedAt().atZone(ZoneId.systemDefault())));
                }
            };
            cell.setPrefWidth(0);
            return cell;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button undo = new Button("Undo selected import", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("import-history-undo");
        undo.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        undo.setOnAction(e -> controller.undoBatch(list.getSelectionModel().getSelectedItem()));
        VBox pane = new VBox(title, list, undo);
        pane.getStyleClass().add("screen");
        pane.setMinWidth(220);
        return pane;
    }

    private ComboBox<ColumnChoice> column(String id, ObjectProperty<ColumnChoice> property) {
        ComboBox<ColumnChoice> combo = new ComboBox<>(model.columns);
        combo.setId(id);
        combo.setPrefWidth(170);
        combo.valueProperty().bindBidirectional(property);
        combo.valueProperty().addListener((obs, old, now) -> controller.mappingChanged());
        return combo;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setAlignment(Pos.CENTER_LEFT);
        return grid;
    }

    private static TableColumn<PreviewRow, String> textColumn(String title, Function<PreviewRow, String> value, double width) {
        TableColumn<PreviewRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
