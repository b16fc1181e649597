package dev.meridian.app.accounts;

import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Account list with balances, filters, and a dense sortable transaction table. */
final class AccountsView {

    /** Typing pauses this long before the query runs, so each keystroke does not hit the database. */
    static final Duration FILTER_DELAY = Duration.millis(250);
    static final double ACCOUNT_PANE_WIDTH = 250;
    static final double MIN_TEXT_COLUMN = 50;

    private final SplitPane root = new SplitPane();
    private final AccountsModel model;
    private final AccountsController controller;
    private final MoneyFormat money;
    private final TableView<TransactionRow> table = new TableView<>();

    AccountsView(AccountsModel model, AccountsController controller, MoneyFormat money) {
        this.model = model;
        this.controller = controller;
        this.money = money;
        root.setId("accounts-screen");
        root.setOrientation(Orientation.HORIZONTAL);
        VBox left = accountPane();
        root.getItems().addAll(left, transactionPane());
        SplitPane.setResizableWithParent(left, false);
        // Start the account list at its preferred width, whatever the window's width; then the user decides.
        root.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() <= 0) return;
                root.setDividerPositions(Math.min(0.4, ACCOUNT_PANE_WIDTH / width.doubleValue()));
                root.widthProperty().removeListener(this);
            }
        });
    }

    Parent root() {
        return root;
    }

    Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private VBox accountPane() {
        Label title = new Label("Accounts");
        title.getStyleClass().add("screen-title");
        ListView<AccountRow> list = new ListView<>(model.accounts);
        list.setId("account-list");
        list.getStyleClass().add("account-list");
        list.setCellFactory(v -> {
            AccountCell cell = new AccountCell();
            // Cells take the list's width (not their content's), so long names truncate instead of scrolling.
            cell.setPrefWidth(0);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) model.selectedAccount.set(now);
        });
        model.selectedAccount.addListener((obs, old, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) list.getSelectionModel().select(now);
            if (AccountsController.sameAccount(old, now)) return;
            controller.resetPaging();
            controller.reloadTransactions();
        });
        model.accounts.addListener((ListChangeListener<AccountRow>) c -> list.getSelectionModel().select(model.selectedAccount.get()));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox pane = new VBox(title, list);
        pane.getStyleClass().add("screen");
        pane.setMinWidth(200);
        pane.setMaxWidth(480);
        return pane;
    }

    private VBox transactionPane() {
        Label title = new Label("Transactions");
        title.getStyleClass().add("screen-title");

        TextField filter = new TextField();
        filter.setId("tx-filter");
        filter.setPromptText("Filter payee, description, notes");
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(model.filterText);
        PauseTransition typing = new PauseTransition(FILTER_DELAY);
        typing.setOnFinished(e -> {
            controller.resetPaging();
            controller.reloadTransactions();
        });
        model.filterText.addListener((obs, old, now) -> typing.playFromStart());

        DatePicker from = datePicker("tx-from", "From");
        from.valueProperty().bindBidirectional(model.from);
        DatePicker to = datePicker("tx-to", "To");
        to.valueProperty().bindBidirectional(model.to);
        model.from.addListener((obs, old, now) -> controller.reloadTransactions());
        model.to.addListener((obs, old, now) -> controller.reloadTransactions());

        Button add = new Button("Add", new FontIcon(Feather.PLUS));
        add.setId("tx-add");
        add.setTooltip(new Tooltip("New transaction (Ctrl+N)"));
        add.setOnAction(e -> controller.add());
        Button edit = new Button("Edit", new FontIcon(Feather.EDIT_2));
        edit.setId("tx-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> controller.edit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("tx-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> controller.deleteSelected(List.copyOf(table.getSelectionModel().getSelectedItems())));

        Button importFile = new Button("Import…", new FontIcon(Feather.DOWNLOAD));
        importFile.setId("tx-import");
        importFile.setTooltip(new Tooltip("Import a bank statement or broker export"));
        importFile.setOnAction(e -> controller.openImport());

        ProgressIndicator loading = new ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(model.loading);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, loading, spacer, importFile, add, edit, delete);
        header.getStyleClass().add("toolbar-row");
        HBox filters = new HBox(filter, from, to);
        filters.getStyleClass().add("toolbar-row");

        Label filterError = new Label();
        filterError.setId("tx-filter-error");
        filterError.getStyleClass().add("error-message");
        filterError.textProperty().bind(model.filterError);
        filterError.visibleProperty().bind(model.filterError.isNotEmpty());
        filterError.managedProperty().bind(filterError.visibleProperty());

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("tx-count");
        count.getStyleClass().add("row-count");
        count.textProperty().bind(model.rowCount);
        Button more = new Button("Show more");
        more.setId("tx-more");
        more.getStyleClass().addAll("small", "flat");
        more.visibleProperty().bind(model.more);
        more.setOnAction(e -> controller.showMore());
        Label notice = new Label();
        notice.setId("tx-notice");
        notice.getStyleClass().add("success-message");
        notice.textProperty().bind(model.notice);
        Button category = new Button();
        category.setId("tx-category-filter");
        category.getStyleClass().addAll("small", "flat");
        category.textProperty().bind(model.categoryFilter.map(c -> "Category: " + c.name() + "  ✕"));
        category.visibleProperty().bind(model.categoryFilter.isNotNull());
        category.managedProperty().bind(category.visibleProperty());
        category.setOnAction(e -> controller.clearCategoryFilter());
        HBox footer = new HBox(8, count, more, category, notice);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(header, filters, filterError, table, footer);
        pane.getStyleClass().add("screen");
        return pane;
    }

    private void buildTable() {
        table.setId("tx-table");
        table.getStyleClass().addAll("dense", "striped");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No transactions match."));
        SortedList<TransactionRow> sorted = new SortedList<>(model.transactions);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<TransactionRow, LocalDate> date = column("Date", r -> r.transaction().date(), 92);
        TableColumn<TransactionRow, String> account = column("Account", TransactionRow::accountName, 125);
        TableColumn<TransactionRow, String> type = column("Type", r -> typeName(r.transaction().type()), 95);
        TableColumn<TransactionRow, String> payee = column("Payee", r -> r.transaction().payee(), 150);
        TableColumn<TransactionRow, String> description = column("Description", r -> r.transaction().description(), 140);
        TableColumn<TransactionRow, String> category = column("Category", TransactionRow::categoryName, 105);
        TableColumn<TransactionRow, Money> amount = column("Amount", r -> r.transaction().amount(), 110);
        amount.setId("col-amount");
        date.setMinWidth(88);
        amount.setMinWidth(90);
        // One account selected: every row is in it, so the column would only repeat its name.
        account.visibleProperty().bind(model.selectedAccount.map(AccountRow::isAll).orElse(true));
        amount.getStyleClass().add("numeric");
        amount.setComparator(Comparator.comparing(Money::amount));
        amount.setCellFactory(c -> new MoneyCell(money));
        TableColumn<TransactionRow, String> notes = column("Notes", r -> r.transaction().notes(), 90);
        table.getColumns().setAll(List.of(date, account, type, payee, description, category, amount, notes));

        table.setRowFactory(t -> {
            TableRow<TransactionRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) controller.edit(row.getItem());
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                controller.deleteSelected(List.copyOf(table.getSelectionModel().getSelectedItems()));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                controller.edit(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private static <T> TableColumn<TransactionRow, T> column(String title, Function<TransactionRow, T> value, double width) {
        TableColumn<TransactionRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(MIN_TEXT_COLUMN);
        return c;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(prompt);
        p.setPrefWidth(130);
        return p;
    }

    private static String typeName(TransactionType t) {
        return typeWords(t.name());
    }

    private final class AccountCell extends ListCell<AccountRow> {
        @Override
        protected void updateItem(AccountRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            if (row.isAll()) {
                Label name = new Label("All accounts", new FontIcon(Feather.LAYERS));
                name.getStyleClass().add("account-name");
                setGraphic(name);
                return;
            }
            Label name = new Label(row.account().name());
            name.getStyleClass().add("account-name");
            String institution = row.account().institution();
            Label detail = new Label(typeWords(row.account().type().name()) + (institution == null ? "" : " · " + institution));
            detail.getStyleClass().add("account-detail");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label balance = new Label(row.balance() == null ? "…" : money.format(row.balance()));
            balance.setMinWidth(Region.USE_PREF_SIZE);
            balance.getStyleClass().add(row.balance() != null && row.balance().isNegative() ? "money-negative" : "account-balance");
            HBox bottom = new HBox(6, detail, spacer, balance);
            bottom.setAlignment(Pos.BASELINE_LEFT);
            VBox box = new VBox(name, bottom);
            box.getStyleClass().add("account-cell");
            setGraphic(box);
        }
    }

    private static String typeWords(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static final class MoneyCell extends TableCell<TransactionRow, Money> {
        private final MoneyFormat money;

        MoneyCell(MoneyFormat money) {
            this.money = money;
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Money value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().removeAll("money-negative", "money-positive");
            if (empty || value == null) {
                setText(null);
                return;
            }
            setText(money.format(value));
            getStyleClass().add(value.isNegative() ? "money-negative" : "money-positive");
        }
    }
}
