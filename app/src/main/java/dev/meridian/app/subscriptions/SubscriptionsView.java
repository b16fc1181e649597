package dev.meridian.app.subscriptions;

import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.coach.CoachStyles;
import dev.meridian.core.coach.recurring.PriceChange;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A table of recurring series with cadence, next date, amount, price change, overlap and status, and the actions on them. */
final class SubscriptionsView {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault(Locale.Category.FORMAT));

    private final VBox root = new VBox();
    private final TableView<SubscriptionRow> table = new TableView<>();
    private final SubscriptionsModel model;
    private final SubscriptionsController controller;
    private final MoneyFormat money;

    SubscriptionsView(SubscriptionsModel model, SubscriptionsController controller, MoneyFormat money) {
        this.model = model;
        this.controller = controller;
        this.money = money;
        root.setId("subscriptions-screen");
        root.getStyleClass().add("screen");
        root.getStylesheets().add(CoachStyles.STYLESHEET);

        Label title = new Label("Subscriptions & bills");
        title.getStyleClass().add("screen-title");
        ProgressIndicator loading = new ProgressIndicator(-1);
        loading.setPrefSize(18, 18);
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(model.loading);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button confirm = action("Confirm", Feather.CHECK, "sub-confirm", "This is a real recurring payment");
        confirm.setOnAction(e -> controller.confirm(selected()));
        Button ignore = action("Ignore", Feather.EYE_OFF, "sub-ignore", "Not recurring: leave it out of reminders, insights and the forecast");
        ignore.setOnAction(e -> controller.ignore(selected()));
        Button edit = action("Edit", Feather.EDIT_2, "sub-edit", "Correct cadence, amount or next date");
        edit.setOnAction(e -> controller.edit(selected()));
        Button refresh = action("Detect", Feather.REFRESH_CW, "sub-refresh", "Look for recurring payments again");
        refresh.setOnAction(e -> controller.reload());
        HBox header = new HBox(title, loading, spacer, confirm, ignore, edit, refresh);
        header.getStyleClass().add("toolbar-row");

        Label summary = new Label();
        summary.setId("sub-summary");
        summary.getStyleClass().add("coach-muted");
        summary.textProperty().bind(model.summary);
        Label message = new Label();
        message.setId("sub-message");
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, summary, message, table);
    }

    Parent root() {
        return root;
    }

    private Button action(String text, Feather icon, String id, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        if (!id.equals("sub-refresh")) b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return b;
    }

    private SubscriptionRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void buildTable() {
        table.setId("sub-table");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No recurring payments found yet."));
        table.setItems(model.rows);
        TableColumn<SubscriptionRow, String> payee = column("Payee", r -> r.tracked().series().payee(), 160);
        TableColumn<SubscriptionRow, String> cadence = column("Cadence", r -> cadenceName(r.tracked().series().cadence()), 80);
        TableColumn<SubscriptionRow, String> amount = column("Amount", r -> money.format(r.tracked().series().expectedAmount()), 95);
        amount.getStyleClass().add("numeric");
        TableColumn<SubscriptionRow, LocalDate> next = column("Next", r -> r.tracked().series().nextDate(), 92);
        TableColumn<SubscriptionRow, String> change = column("Price change", r -> priceChange(r.tracked().priceChange()), 175);
        TableColumn<SubscriptionRow, TrackedSeries> badges = column("Service", SubscriptionRow::tracked, 150);
        badges.setCellFactory(c -> new BadgeCell());
        TableColumn<SubscriptionRow, String> status = column("Status", r -> statusName(r.tracked().series().status()), 90);
        table.getColumns().setAll(List.of(payee, cadence, amount, next, change, badges, status));
        table.setRowFactory(t -> {
            TableRow<SubscriptionRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) controller.edit(row.getItem());
            });
            return row;
        });
    }

    private static <T> TableColumn<SubscriptionRow, T> column(String title, Function<SubscriptionRow, T> value, double width) {
        TableColumn<SubscriptionRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String priceChange(PriceChange change) {
        if (change == null) return "";
        return (change.increase() ? "▲ +" : "▼ ") + change.percent() + " % since " + SINCE.format(change.since());
    }

    static String cadenceName(Cadence c) {
        return switch (c) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every 2 weeks";
            case MONTHLY -> "Monthly";
            case QUARTERLY -> "Quarterly";
            case YEARLY -> "Yearly";
        };
    }

    private static String statusName(RecurringStatus s) {
        return switch (s) {
            case DETECTED -> "Detected";
            case CONFIRMED -> "Confirmed";
            case IGNORED -> "Ignored";
        };
    }

    /** The service type, with an "overlap" badge when another running subscription sells the same. */
    private static final class BadgeCell extends TableCell<SubscriptionRow, TrackedSeries> {
        @Override
        protected void updateItem(TrackedSeries t, boolean empty) {
            super.updateItem(t, empty);
            setText(null);
            if (empty || t == null || t.service() == null) {
                setGraphic(null);
                return;
            }
            Label type = new Label(t.service().label());
            type.getStyleClass().add("coach-badge");
            HBox box = new HBox(4, type);
            if (t.overlapping()) {
                Label overlap = new Label("overlap");
                overlap.getStyleClass().addAll("coach-badge", "warning");
                overlap.setTooltip(new Tooltip("Another running subscription sells " + t.service().label()));
                box.getChildren().add(overlap);
            }
            setGraphic(box);
        }
    }

    Optional<SubscriptionsController.SeriesEdit> askEdit(RecurringSeries s) {
        Dialog<SubscriptionsController.SeriesEdit> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("Edit recurring payment");
        dialog.setHeaderText(s.payee());
        dialog.getDialogPane().setId("sub-edit-dialog");
        ChoiceBox<Cadence> cadence = new ChoiceBox<>();
        cadence.getItems().setAll(Cadence.values());
        cadence.setValue(s.cadence());
        cadence.setId("sub-edit-cadence");
        TextField amount = new TextField(MoneyFormat.plain(s.expectedAmount().abs().amount()));
        amount.setId("sub-edit-amount");
        DatePicker next = new DatePicker(s.nextDate());
        next.setId("sub-edit-next");
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label("Cadence"), cadence);
        grid.addRow(1, new Label("Amount (" + s.expectedAmount().currency() + ")"), amount);
        grid.addRow(2, new Label("Next date"), next);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new SubscriptionsController.SeriesEdit(cadence.getValue(), amount.getText(), next.getValue()) : null);
        return dialog.showAndWait();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
