package dev.meridian.app.watchlists;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Watchlist;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Toolbar (list picker, new/delete list, add symbol, alerts, refresh) above a dense, sortable quote table. */
final class WatchlistsView {

    private final BorderPane root = new BorderPane();
    private final WatchlistsModel model;
    private final WatchlistsController controller;
    private final TableView<WatchlistRow> table = new TableView<>();
    private final TextField addField = new TextField();
    private final ContextMenu offers = new ContextMenu();

    WatchlistsView(WatchlistsModel model, WatchlistsController controller) {
        this.model = model;
        this.controller = controller;
        root.setId("watchlists-screen");
        root.setTop(toolbar());
        root.setCenter(table());
        Label message = new Label();
        message.setId("watchlist-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.message);
        BorderPane.setMargin(message, new Insets(4, 8, 4, 8));
        root.setBottom(message);
    }

    Parent root() {
        return root;
    }

    private HBox toolbar() {
        ComboBox<Watchlist> lists = new ComboBox<>(model.lists);
        lists.setId("watchlist-picker");
        lists.setConverter(new StringConverter<>() {
            @Override
            public String toString(Watchlist w) {
                return w == null ? "" : w.name();
            }

            @Override
            public Watchlist fromString(String s) {
                return null;
            }
        });
        model.selected.addListener((obs, old, now) -> {
            if (now == null || lists.getValue() == null || lists.getValue().id() != now.id()) lists.setValue(now);
        });
        lists.setOnAction(e -> {
            Watchlist picked = lists.getValue();
            if (picked != null && (model.selected.get() == null || model.selected.get().id() != picked.id())) controller.show(picked);
        });
        Button newList = iconButton(Feather.FOLDER_PLUS, "New watchlist", "watchlist-new");
        newList.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog();
            ask.setTitle("New watchlist");
            ask.setHeaderText("Name of the new watchlist");
            ask.initOwner(root.getScene().getWindow());
            ask.showAndWait().ifPresent(controller::newList);
        });
        Button deleteList = iconButton(Feather.TRASH_2, "Delete this watchlist", "watchlist-delete");
        deleteList.setOnAction(e -> controller.deleteList());

        addField.setId("watchlist-add");
        addField.setPromptText("Add symbol…");
        addField.setPrefColumnCount(14);
        addField.setOnAction(e -> controller.addSymbol(addField.getText(), this::offer));

        Button alerts = new Button("Alerts…", new FontIcon(Feather.BELL));
        alerts.setId("watchlist-alerts");
        alerts.getStyleClass().add("small");
        alerts.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        alerts.setOnAction(e -> controller.editAlerts(table.getSelectionModel().getSelectedItem()));
        Button refresh = new Button("Refresh now", new FontIcon(Feather.REFRESH_CW));
        refresh.setId("watchlist-refresh");
        refresh.getStyleClass().add("small");
        refresh.setOnAction(e -> controller.refreshNow());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, lists, newList, deleteList, addField, spacer, alerts, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("screen-toolbar");
        return bar;
    }

    private void offer(List<Instrument> matches) {
        offers.getItems().clear();
        for (Instrument i : matches) {
            MenuItem item = new MenuItem(i.symbol() + " — " + i.name());
            item.setOnAction(e -> {
                controller.add(i);
                addField.clear();
            });
            offers.getItems().add(item);
        }
        offers.show(addField, Side.BOTTOM, 0, 0);
    }

    private TableView<WatchlistRow> table() {
        table.setId("watchlist-table");
        table.getStyleClass().addAll("dense", "watchlist-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Empty watchlist — type a symbol in \"Add symbol…\" and press Enter"));
        SortedList<WatchlistRow> sorted = new SortedList<>(model.rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<WatchlistRow, String> symbol = new TableColumn<>("Symbol");
        symbol.setId("col-symbol");
        symbol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().instrument.symbol()));
        symbol.setPrefWidth(90);
        TableColumn<WatchlistRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().instrument.name()));
        name.setPrefWidth(170);
        TableColumn<WatchlistRow, Number> last = number("Last", "col-last", r -> r.last, WatchlistsController::price, false);
        TableColumn<WatchlistRow, Number> change = number("Change", "col-change", r -> r.change, WatchlistsView::change, true);
        TableColumn<WatchlistRow, Number> pct = number("% Chg", "col-pct", r -> r.changePercent,
                v -> Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%+.2f%%", v), true);
        TableColumn<WatchlistRow, String> range = new TableColumn<>("Day range");
        range.setCellValueFactory(c -> c.getValue().range);
        range.setSortable(false);
        range.setPrefWidth(130);
        TableColumn<WatchlistRow, Number> volume = number("Volume", "col-volume", r -> r.volume, WatchlistsView::volume, false);
        TableColumn<WatchlistRow, double[]> spark = new TableColumn<>("30 days");
        spark.setCellValueFactory(c -> c.getValue().closes);
        spark.setCellFactory(c -> new SparklineCell());
        spark.setSortable(false);
        spark.setPrefWidth(SparklineCell.WIDTH + 12);
        TableColumn<WatchlistRow, Number> age = new TableColumn<>("Age");
        age.setId("col-age");
        age.setCellValueFactory(c -> c.getValue().updatedAt);
        age.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                textProperty().unbind();
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    return;
                }
                textProperty().bind(getTableRow().getItem().age);
            }
        });
        age.setComparator((a, b) -> Long.compare(b.longValue(), a.longValue()));
        age.setPrefWidth(60);
        table.getColumns().setAll(List.of(symbol, name, last, change, pct, range, volume, spark, age));

        table.setRowFactory(t -> dragRow());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        ContextMenu menu = new ContextMenu();
        MenuItem open = new MenuItem("Open chart");
        open.setOnAction(e -> controller.open(selected()));
        MenuItem alerts = new MenuItem("Alerts…");
        alerts.setOnAction(e -> controller.editAlerts(selected()));
        MenuItem remove = new MenuItem("Remove from list");
        remove.setOnAction(e -> controller.remove(selected()));
        menu.getItems().addAll(open, alerts, remove);
        table.setContextMenu(menu);
        return table;
    }

    private WatchlistRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void onKey(KeyEvent e) {
        WatchlistRow row = selected();
        if (row == null) return;
        if (e.getCode() == KeyCode.ENTER) {
            controller.open(row);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            controller.remove(row);
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            // Reordering is in the list's own order: a sorted view is unsorted first.
            table.getSortOrder().clear();
            if (controller.move(row, e.getCode() == KeyCode.UP ? -1 : 1)) table.getSelectionModel().select(row);
            e.consume();
        }
    }

    private TableRow<WatchlistRow> dragRow() {
        TableRow<WatchlistRow> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) controller.open(row.getItem());
        });
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) return;
            var board = row.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(row.getItem().instrument.symbol());
            board.setContent(content);
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (e.getGestureSource() instanceof TableRow<?> && e.getGestureSource() != row) e.acceptTransferModes(TransferMode.MOVE);
            e.consume();
        });
        row.setOnDragDropped(e -> {
            if (!(e.getGestureSource() instanceof TableRow<?> source) || !(source.getItem() instanceof WatchlistRow dragged)) return;
            table.getSortOrder().clear();
            int target = row.isEmpty() ? model.rows.size() - 1 : model.rows.indexOf(row.getItem());
            controller.moveTo(dragged, target);
            table.getSelectionModel().select(dragged);
            e.setDropCompleted(true);
            e.consume();
        });
        return row;
    }

    private static TableColumn<WatchlistRow, Number> number(String title, String id, Function<WatchlistRow, ObservableValue<Number>> value,
                                                            Function<Double, String> format, boolean signed) {
        TableColumn<WatchlistRow, Number> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setComparator((a, b) -> Double.compare(nanLast(a.doubleValue()), nanLast(b.doubleValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("money-positive", "money-negative");
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                double d = v.doubleValue();
                setText(format.apply(d));
                if (signed && d > 0) getStyleClass().add("money-positive");
                if (signed && d < 0) getStyleClass().add("money-negative");
            }
        });
        column.getStyleClass().add("numeric");
        column.setPrefWidth(85);
        return column;
    }

    private static double nanLast(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /** Two decimals unless the change is below a cent (crypto fractions), then four. */
    static String change(double v) {
        if (Double.isNaN(v)) return "";
        return String.format(Locale.ROOT, Math.abs(v) >= 0.01 || v == 0 ? "%+.2f" : "%+.4f", v);
    }

    static String volume(double v) {
        if (Double.isNaN(v)) return "";
        if (v >= 1e9) return String.format(Locale.ROOT, "%.2fB", v / 1e9);
        if (v >= 1e6) return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        if (v >= 1e3) return String.format(Locale.ROOT, "%.1fK", v / 1e3);
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static Button iconButton(Feather icon, String tooltip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "small", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }
}
