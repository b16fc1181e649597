package dev.meridian.app.connections;

import dev.meridian.core.domain.ConnectionSecrets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Add or edit one connection from its provider's descriptor. Secret fields are password fields
 * that start empty: a stored secret is never shown, and leaving the field empty keeps it.
 */
final class ConnectionDialog {

    /** What OK yields: the name and the complete values to seal. */
    record Result(String name, ConnectionSecrets secrets) {
        @Override
        public String toString() {
            return "Result[" + name + ", " + secrets + "]";
        }
    }

    private final Dialog<Result> dialog = new Dialog<>();
    private final ProviderDescriptor provider;
    private final ConnectionSecrets stored;
    private final TextField name = new TextField();
    private final Map<String, Node> inputs = new HashMap<>();
    private final Map<String, Label> errors = new HashMap<>();
    private final Label testResult = new Label();

    ConnectionDialog(Window owner, ProviderDescriptor provider, String currentName, ConnectionSecrets stored,
                     ConnectionsController controller) {
        this.provider = provider;
        this.stored = stored;
        dialog.initOwner(owner);
        dialog.setTitle((currentName == null ? "Add " : "Edit ") + provider.displayName());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("connection-dialog");
        if (owner != null && owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints fields = new ColumnConstraints(340);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);
        Label about = new Label(provider.help());
        about.setWrapText(true);
        about.getStyleClass().add("hint");
        about.setMaxWidth(460);
        grid.add(about, 0, 0, 2, 1);
        name.setId("conn-name");
        name.setText(currentName == null ? provider.displayName() : currentName);
        int row = addRow(grid, 1, "Name", name, ConnectionForm.NAME, null);
        for (CredentialField f : provider.fields()) row = addRow(grid, row, f.label(), input(f), f.key(), f.help());

        if (controller.canTest(provider)) {
            Button test = new Button("Test connection");
            test.setId("conn-test");
            testResult.setId("conn-test-result");
            testResult.setWrapText(true);
            testResult.setMaxWidth(340);
            test.setOnAction(e -> {
                ConnectionForm.Outcome outcome = validate();
                if (!outcome.valid()) return;
                testResult.getStyleClass().removeAll("error-message", "success-message");
                testResult.setText("Testing…");
                controller.test(provider, outcome.secrets(), (ok, message) -> {
                    testResult.setText(message);
                    testResult.getStyleClass().add(ok ? "success-message" : "error-message");
                });
            });
            HBox testRow = new HBox(10, test, testResult);
            grid.add(testRow, 1, row);
        }
        dialog.getDialogPane().setContent(grid);

        ButtonType save = new ButtonType(currentName == null ? "Add" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("conn-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!validate().valid()) e.consume();
        });
        dialog.setResultConverter(button -> {
            if (button != save) return null;
            ConnectionForm.Outcome outcome = validate();
            return new Result(outcome.name(), outcome.secrets());
        });
        dialog.setOnShown(e -> name.requestFocus());
    }

    Optional<Result> showAndWait() {
        return dialog.showAndWait();
    }

    private Node input(CredentialField f) {
        String id = "conn-field-" + f.key().replace('_', '-');
        if (!f.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId(id);
            box.getItems().setAll(f.choices());
            box.setValue(stored.get(f.key()).orElse(f.choices().getFirst()));
            box.setMaxWidth(Double.MAX_VALUE);
            return box;
        }
        TextInputControl field = f.secret() ? new PasswordField() : new TextField();
        field.setId(id);
        if (f.secret()) {
            field.setPromptText(stored.get(f.key()).isPresent() ? ConnectionRow.MASK + " stored, leave empty to keep"
                    : f.required() ? "" : "optional");
        } else {
            field.setText(stored.get(f.key()).orElse(""));
        }
        return field;
    }

    private ConnectionForm.Outcome validate() {
        Map<String, String> entered = new HashMap<>();
        inputs.forEach((key, node) -> {
            if (node instanceof TextInputControl t) entered.put(key, t.getText());
            if (node instanceof ComboBox<?> c) entered.put(key, c.getValue() == null ? "" : c.getValue().toString());
        });
        ConnectionForm.Outcome outcome = ConnectionForm.validate(provider, name.getText(), entered, stored);
        errors.forEach((key, label) -> {
            String message = outcome.errors().get(key);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
        return outcome;
    }

    private int addRow(GridPane grid, int row, String label, Node input, String key, String help) {
        Label l = new Label(label);
        l.setLabelFor(input);
        grid.add(l, 0, row);
        grid.add(input, 1, row++);
        if (key != null && !key.equals(ConnectionForm.NAME)) inputs.put(key, input);
        if (help != null && !help.isBlank()) {
            Label h = new Label(help);
            h.getStyleClass().add("hint");
            h.setWrapText(true);
            h.setMaxWidth(340);
            grid.add(h, 1, row++);
        }
        Label error = new Label();
        error.setId("conn-error-" + key.replace('_', '-'));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(340);
        error.setVisible(false);
        error.setManaged(false);
        errors.put(key, error);
        grid.add(error, 1, row++);
        return row;
    }
}
