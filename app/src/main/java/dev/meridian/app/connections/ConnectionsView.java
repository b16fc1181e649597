package dev.meridian.app.connections;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Connections grouped by kind in a tree table, the actions above it, the running bank job and fallback order below. */
final class ConnectionsView {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<ConnectionKind, String> GROUPS = new EnumMap<>(Map.of(
            ConnectionKind.MARKET_DATA, "Market data", ConnectionKind.BANK, "Banks", ConnectionKind.BROKER, "Brokers",
            ConnectionKind.LLM, "AI assistant (LLM)", ConnectionKind.BACKUP, "Backup"));

    private static final Map<AssetClass, String> CLASS_NAMES = new EnumMap<>(Map.of(AssetClass.STOCK, "Stocks",
            AssetClass.ETF, "ETFs", AssetClass.FUND, "Funds", AssetClass.BOND, "Bonds", AssetClass.CRYPTO, "Crypto", AssetClass.FX, "FX"));

    /** A tree line: a kind's heading (row null) or one connection. */
    record Line(ConnectionKind kind, ConnectionRow row) { }

    private final VBox root = new VBox();
    private final ConnectionsModel model;
    private final ConnectionsController controller;
    private final TreeTableView<Line> table = new TreeTableView<>();

    ConnectionsView(ConnectionsModel model, ConnectionsController controller) {
        this.model = model;
        this.controller = controller;
        root.setId("connections-screen");
        root.getStyleClass().add("screen");
        Label title = new Label("Connections");
        title.getStyleClass().add("screen-title");
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("conn-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        model.messageIsError.addListener((obs, old, error) -> {
            message.getStyleClass().removeAll("error-message", "success-message");
            message.getStyleClass().add(error ? "error-message" : "success-message");
        });
        message.getStyleClass().add("success-message");
        HBox bottom = new HBox(16, details(), fallbackPane());
        HBox.setHgrow(bottom.getChildren().getFirst(), Priority.ALWAYS);
        root.getChildren().addAll(title, toolbar(), table, message, bottom);
    }

    Parent root() {
        return root;
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private HBox toolbar() {
        MenuButton add = new MenuButton("Add", new FontIcon(Feather.PLUS));
        add.setId("conn-add");
        for (ProviderDescriptor d : ProviderCatalog.all()) {
            MenuItem item = new MenuItem(d.displayName());
            item.setId("conn-add-" + d.id());
            item.setOnAction(e -> controller.add(d));
            add.getItems().add(item);
        }
        var selected = model.selected;
        Button edit = button("conn-edit", "Edit", Feather.EDIT_2, () -> controller.edit(selected.get()));
        edit.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().provider().keyless(), selected));
        Button delete = button("conn-delete", "Delete", Feather.TRASH_2, () -> controller.delete(selected.get()));
        delete.disableProperty().bind(selected.isNull());
        Button test = button("conn-test-stored", "Test", Feather.ZAP, () -> controller.test(selected.get()));
        test.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !controller.canTest(selected.get().provider()) || !selected.get().credentialsStored(), selected));
        Button toggle = button("conn-toggle", "Disable", Feather.POWER, () -> controller.toggleEnabled(selected.get()));
        toggle.disableProperty().bind(selected.isNull());
        toggle.textProperty().bind(Bindings.createStringBinding(() ->
                selected.get() != null && !selected.get().enabled() ? "Enable" : "Disable", selected));
        Button up = button("conn-up", null, Feather.ARROW_UP, () -> controller.move(selected.get(), -1));
        up.setTooltip(new Tooltip("Try this one earlier"));
        up.disableProperty().bind(selected.isNull());
        Button down = button("conn-down", null, Feather.ARROW_DOWN, () -> controller.move(selected.get(), 1));
        down.setTooltip(new Tooltip("Try this one later"));
        down.disableProperty().bind(selected.isNull());

        var noPlaid = Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().plaid()
                || !selected.get().credentialsStored() || model.job.get() != null, selected, model.job);
        Button connect = button("conn-connect-bank", "Connect bank", Feather.LINK, () -> controller.connectBank(selected.get()));
        connect.disableProperty().bind(noPlaid);
        Button reauth = button("conn-reauth", "Sign in again", Feather.KEY, () -> controller.signInAgain(selected.get()));
        reauth.disableProperty().bind(Bindings.createBooleanBinding(() -> noPlaid.get() || !selected.get().bankLinked(), noPlaid));
        reauth.visibleProperty().bind(Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().connection().status() == ConnectionStatus.NEEDS_REAUTH, selected));
        reauth.managedProperty().bind(reauth.visibleProperty());
        Button sync = button("conn-sync", "Sync now", Feather.REFRESH_CW, () -> controller.syncNow(selected.get()));
        sync.disableProperty().bind(Bindings.createBooleanBinding(() -> noPlaid.get() || !selected.get().bankLinked(), noPlaid));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(add, edit, delete, test, toggle, up, down, spacer, connect, reauth, sync);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private void buildTable() {
        table.setId("conn-table");
        table.getStyleClass().add("dense");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setPlaceholder(new Label("No connections yet: use Add."));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Line, String> name = column("Name", l -> l.row() == null ? GROUPS.get(l.kind()) : l.row().connection().displayName(), 190);
        TreeTableColumn<Line, String> provider = column("Provider", l -> l.row() == null ? "" : l.row().provider().displayName(), 150);
        TreeTableColumn<Line, String> status = column("Status", l -> l.row() == null ? "" : statusText(l.row()), 95);
        TreeTableColumn<Line, String> synced = column("Last sync", l -> l.row() == null || l.row().connection().lastSyncAt() == null ? ""
                : WHEN.format(l.row().connection().lastSyncAt().atZone(ZoneId.systemDefault())), 120);
        TreeTableColumn<Line, String> keys = column("Credentials", l -> l.row() == null ? "" : l.row().credentialsText(), 130);
        keys.setId("col-credentials");
        TreeTableColumn<Line, String> error = column("Last error", l -> l.row() == null || l.row().connection().lastError() == null ? ""
                : l.row().connection().lastError(), 200);
        table.getColumns().setAll(List.of(name, provider, status, synced, keys, error));
        table.setRowFactory(t -> {
            TreeTableRow<Line> row = new TreeTableRow<>() {
                @Override
                protected void updateItem(Line line, boolean empty) {
                    super.updateItem(line, empty);
                    getStyleClass().remove("settings-heading");
                    if (!empty && line != null && line.row() == null) getStyleClass().add("settings-heading");
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null && row.getItem().row() != null) {
                    controller.edit(row.getItem().row());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selected.set(now == null || now.getValue() == null ? null : now.getValue().row()));
        model.rows.addListener((ListChangeListener<ConnectionRow>) c -> rebuild());
    }

    private void rebuild() {
        TreeItem<Line> rootItem = new TreeItem<>();
        TreeItem<Line> select = null;
        for (ConnectionKind kind : ConnectionKind.values()) {
            TreeItem<Line> group = new TreeItem<>(new Line(kind, null));
            group.setExpanded(true);
            model.rows.stream().filter(r -> r.connection().kind() == kind)
                    .sorted(Comparator.comparingInt((ConnectionRow r) -> r.connection().priority()).thenComparingLong(r -> r.connection().id()))
                    .forEach(r -> group.getChildren().add(new TreeItem<>(new Line(kind, r))));
            rootItem.getChildren().add(group);
            for (TreeItem<Line> child : group.getChildren()) {
                if (model.selected.get() != null && child.getValue().row().connection().id() == model.selected.get().connection().id()) select = child;
            }
        }
        ConnectionRow keep = model.selected.get();
        table.setRoot(rootItem);
        if (select != null) {
            table.getSelectionModel().select(select);
        } else if (keep != null) {
            model.selected.set(null);
        }
    }

    private VBox details() {
        Label help = new Label();
        help.setId("conn-help");
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        help.textProperty().bind(Bindings.createStringBinding(() -> model.selected.get() == null
                ? "Select a connection to see where its key comes from. Market-data providers are tried in the order below."
                : model.selected.get().provider().help(), model.selected));

        Label lastError = new Label();
        lastError.setId("conn-last-error");
        lastError.setWrapText(true);
        lastError.getStyleClass().add("error-message");
        lastError.textProperty().bind(Bindings.createStringBinding(() -> model.selected.get() == null
                || model.selected.get().connection().lastError() == null ? "" : "Last error: " + model.selected.get().connection().lastError(),
                model.selected));
        lastError.visibleProperty().bind(lastError.textProperty().isNotEmpty());
        lastError.managedProperty().bind(lastError.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("conn-job-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label jobMessage = new Label();
        jobMessage.setId("conn-job-message");
        jobMessage.setWrapText(true);
        Button cancel = new Button("Cancel");
        cancel.setId("conn-job-cancel");
        cancel.setOnAction(e -> controller.cancelJob());
        model.job.addListener((obs, old, job) -> {
            progress.progressProperty().unbind();
            jobMessage.textProperty().unbind();
            if (job != null) {
                progress.progressProperty().bind(job.progressProperty());
                jobMessage.textProperty().bind(job.messageProperty());
            }
        });
        HBox jobRow = new HBox(8, progress, cancel);
        jobRow.setAlignment(Pos.CENTER_LEFT);
        TextField url = new TextField();
        url.setId("conn-link-url");
        url.setEditable(false);
        url.textProperty().bind(model.linkUrl);
        Label urlHint = new Label("If no browser opened, open this address:");
        VBox urlBox = new VBox(2, urlHint, url);
        urlBox.visibleProperty().bind(model.linkUrl.isNotEmpty());
        urlBox.managedProperty().bind(urlBox.visibleProperty());
        VBox job = new VBox(4, jobMessage, jobRow, urlBox);
        job.setId("conn-job");
        job.visibleProperty().bind(model.job.isNotNull());
        job.managedProperty().bind(job.visibleProperty());
        VBox box = new VBox(6, help, lastError, job);
        box.setMinWidth(260);
        return box;
    }

    private VBox fallbackPane() {
        Label heading = new Label("Market-data fallback order");
        heading.getStyleClass().add("settings-heading");
        ComboBox<AssetClass> assetClass = new ComboBox<>();
        assetClass.setId("fallback-class");
        assetClass.getItems().setAll(AssetClass.values());
        assetClass.setValue(model.fallbackClass.get());
        assetClass.setConverter(new StringConverter<>() {
            @Override
            public String toString(AssetClass c) {
                return c == null ? "" : CLASS_NAMES.get(c);
            }

            @Override
            public AssetClass fromString(String s) {
                return CLASS_NAMES.entrySet().stream().filter(e -> e.getValue().equals(s)).map(Map.Entry::getKey).findFirst().orElse(null);
            }
        });
        assetClass.valueProperty().addListener((obs, old, now) -> {
            if (now != null) controller.selectFallbackClass(now);
        });
        ListView<ProviderDescriptor> list = new ListView<>(model.fallbackOrder);
        list.setId("fallback-list");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("No enabled provider serves this class."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProviderDescriptor d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : (getIndex() + 1) + ". " + d.displayName());
            }
        });
        Button up = button("fallback-up", null, Feather.ARROW_UP, () -> controller.moveFallback(list.getSelectionModel().getSelectedItem(), -1));
        Button down = button("fallback-down", null, Feather.ARROW_DOWN, () -> controller.moveFallback(list.getSelectionModel().getSelectedItem(), 1));
        up.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        down.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox classRow = new HBox(8, new Label("Asset class"), assetClass, up, down);
        classRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, heading, classRow, list);
        box.setPrefWidth(340);
        box.setMinWidth(300);
        return box;
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static String statusText(ConnectionRow row) {
        return switch (row.connection().status()) {
            case NEW -> row.provider().keyless() ? "Enabled" : row.plaid() && !row.bankLinked() ? "No bank yet" : "Not used yet";
            case OK -> row.plaid() && !row.bankLinked() ? "No bank yet" : "OK";
            case NEEDS_REAUTH -> "Sign in again";
            case ERROR -> "Error";
            case DISABLED -> "Disabled";
        };
    }

    private static TreeTableColumn<Line, String> column(String title, Function<Line, String> value, double width) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(
                cell.getValue() == null || cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(60);
        return c;
    }
}
