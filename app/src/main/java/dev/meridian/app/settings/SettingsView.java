package dev.meridian.app.settings;

import dev.meridian.app.theme.ThemeChoice;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A single scrolling column of setting sections. */
final class SettingsView {

    private final ScrollPane root;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    SettingsView(SettingsModel model, SettingsController controller) {
        Label title = new Label("Settings");
        title.getStyleClass().add("screen-title");
        VBox column = new VBox(title, appearance(model), security(model, controller), location(model), password(model, controller));
        column.getStyleClass().add("screen");
        column.setMaxWidth(640);
        root = new ScrollPane(column);
        root.setId("settings-screen");
        root.setFitToWidth(true);
    }

    Parent root() {
        return root;
    }

    void clearPasswords() {
        current.clear();
        next.clear();
        repeat.clear();
    }

    private Node appearance(SettingsModel model) {
        ComboBox<ThemeChoice> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(ThemeChoice.values());
        theme.valueProperty().bindBidirectional(model.theme);
        return section("Appearance", row("Theme", theme));
    }

    private Node security(SettingsModel model, SettingsController controller) {
        TextField minutes = new TextField();
        minutes.setId("settings-autolock");
        minutes.setPrefColumnCount(5);
        minutes.textProperty().bindBidirectional(model.autoLockText);
        minutes.setOnAction(e -> controller.applyAutoLock());
        Button apply = new Button("Apply");
        apply.setId("settings-autolock-apply");
        apply.setOnAction(e -> controller.applyAutoLock());
        Label message = message(model.autoLockMessage.isEmpty().not(), "settings-autolock-message");
        message.textProperty().bind(model.autoLockMessage);
        bindErrorStyle(message, model.autoLockError);
        model.autoLockError.addListener((obs, old, bad) -> {
            minutes.getStyleClass().remove("invalid");
            if (bad) minutes.getStyleClass().add("invalid");
        });
        return section("Security", row("Auto-lock after (minutes)", new HBox(8, minutes, apply)), message);
    }

    private Node location(SettingsModel model) {
        Label path = new Label();
        path.setId("settings-vault-location");
        path.textProperty().bind(model.vaultLocation);
        path.setWrapText(true);
        return section("Vault", row("Location", path));
    }

    private Node password(SettingsModel model, SettingsController controller) {
        current.setId("settings-current-password");
        next.setId("settings-new-password");
        repeat.setId("settings-repeat-password");
        Button change = new Button("Change password");
        change.setId("settings-change-password");
        change.disableProperty().bind(model.changingPassword);
        change.setOnAction(e -> controller.changePassword(current.getText().toCharArray(), next.getText().toCharArray(),
                repeat.getText().toCharArray()));
        Label message = message(model.passwordMessage.isEmpty().not(), "settings-password-message");
        message.textProperty().bind(model.passwordMessage);
        bindErrorStyle(message, model.passwordError);
        Label hint = new Label("Only the key wrapping changes; your data is not re-encrypted, so this takes a second.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        GridPane grid = grid();
        grid.addRow(0, new Label("Current password"), current);
        grid.addRow(1, new Label("New password"), next);
        grid.addRow(2, new Label("Repeat new password"), repeat);
        return section("Master password", hint, grid, change, message);
    }

    private static void bindErrorStyle(Label message, BooleanProperty error) {
        Runnable apply = () -> {
            message.getStyleClass().removeAll("error-message", "success-message");
            message.getStyleClass().add(error.get() ? "error-message" : "success-message");
        };
        error.addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    private static Label message(BooleanBinding visible, String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.visibleProperty().bind(visible);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        return g;
    }

    private static Node row(String label, Node input) {
        GridPane g = grid();
        Label l = new Label(label);
        l.setMinWidth(190);
        g.addRow(0, l, input);
        return g;
    }

    private static VBox section(String heading, Node... content) {
        Label h = new Label(heading);
        h.getStyleClass().add("settings-heading");
        VBox box = new VBox(h);
        box.getChildren().addAll(content);
        box.getStyleClass().add("settings-section");
        return box;
    }
}
