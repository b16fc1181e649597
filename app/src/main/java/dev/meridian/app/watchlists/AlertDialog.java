package dev.meridian.app.watchlists;

import dev.meridian.app.alerts.AlertService;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.domain.Instrument;
import java.time.Instant;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The alerts of one instrument: list, and a form to create, edit or delete them. */
final class AlertDialog {

    private final Instrument instrument;
    private final AlertService alerts;
    private final BackgroundWork work;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<Alert> list = new ListView<>();
    private final ComboBox<AlertCondition> condition = new ComboBox<>();
    private final TextField threshold = new TextField();
    private final TextField parameters = new TextField();
    private final ComboBox<AlertFrequency> frequency = new ComboBox<>();
    private final Label error = new Label();

    AlertDialog(Instrument instrument, AlertService alerts, BackgroundWork work, Window owner) {
        this.instrument = instrument;
        this.alerts = alerts;
        this.work = work;
        dialog.setTitle("Alerts — " + instrument.symbol());
        if (owner != null) dialog.initOwner(owner);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("alert-dialog");
        reload();
    }

    void show() {
        dialog.show();
    }

    private VBox content() {
        list.setId("alert-list");
        list.setPrefSize(460, 160);
        list.setPlaceholder(new Label("No alerts for " + instrument.symbol()));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Alert a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : describe(a));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> fill(a));
        condition.getItems().setAll(AlertCondition.values());
        condition.setValue(AlertCondition.PRICE_ABOVE);
        condition.setId("alert-condition");
        frequency.getItems().setAll(AlertFrequency.values());
        frequency.setValue(AlertFrequency.ONCE);
        frequency.setId("alert-frequency");
        threshold.setId("alert-threshold");
        threshold.setPromptText("Price or percent");
        parameters.setId("alert-parameters");
        parameters.setPromptText("window=1D  or  rsi(14) > 70");
        error.setId("alert-error");
        error.getStyleClass().add("money-negative");
        error.setWrapText(true);
        GridPane form = new GridPane(8, 6);
        form.addRow(0, new Label("When"), condition);
        form.addRow(1, new Label("Level"), threshold);
        form.addRow(2, new Label("Condition / window"), parameters);
        form.addRow(3, new Label("Fires"), frequency);
        Button save = new Button("Save as new");
        save.setId("alert-save-new");
        save.setOnAction(e -> save(null));
        Button update = new Button("Update selected");
        update.setId("alert-update");
        update.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        update.setOnAction(e -> save(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete selected");
        delete.setId("alert-delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(list.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(8, list, form, new HBox(8, save, update, delete), error);
        box.setPadding(new Insets(4));
        return box;
    }

    private void fill(Alert a) {
        if (a == null) return;
        condition.setValue(a.condition());
        threshold.setText(a.threshold() == null ? "" : a.threshold().toPlainString());
        parameters.setText(a.parameters() == null ? "" : a.parameters());
        frequency.setValue(a.frequency());
    }

    private void save(Alert existing) {
        Alert alert;
        try {
            alert = AlertForm.toAlert(existing, instrument.id(), condition.getValue(), threshold.getText(), parameters.getText(),
                    frequency.getValue(), Instant.now());
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return;
        }
        error.setText("");
        work.submit("Saving alert", p -> alerts.save(alert), saved -> reload(), failure -> error.setText(failure.getMessage()));
    }

    private void delete(Alert a) {
        if (a == null) return;
        work.submit("Deleting alert", p -> {
            alerts.delete(a.id());
            return a;
        }, deleted -> reload());
    }

    private void reload() {
        work.submit("Loading alerts", p -> alerts.forInstrument(instrument.id()), list.getItems()::setAll);
    }

    static String describe(Alert a) {
        String what = switch (a.condition()) {
            case PRICE_ABOVE -> "Price crosses above " + a.threshold().toPlainString();
            case PRICE_BELOW -> "Price crosses below " + a.threshold().toPlainString();
            case PERCENT_MOVE -> "Moves " + a.threshold().toPlainString() + "% within " + a.parameters();
            case INDICATOR -> a.parameters();
        };
        return what + " · " + (a.frequency() == AlertFrequency.ONCE ? "once" : "every time") + (a.active() ? "" : " · inactive");
    }
}
