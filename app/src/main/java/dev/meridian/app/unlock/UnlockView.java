package dev.meridian.app.unlock;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred card with the create, unlock, recovery-code or opening form; binds to {@link UnlockModel}. */
final class UnlockView {

    private final StackPane root = new StackPane();
    private final UnlockModel model;
    private final PasswordField createPassword = new PasswordField();
    private final PasswordField createRepeat = new PasswordField();
    private final PasswordField unlockPassword = new PasswordField();
    private final TextField recoveryInput = new TextField();

    UnlockView(UnlockModel model, UnlockController controller) {
        this.model = model;
        root.getStyleClass().add("unlock-screen");
        root.setId("unlock-screen");

        Label title = new Label("Meridian", new FontIcon(Feather.LOCK));
        title.getStyleClass().add("unlock-title");
        Label vault = new Label(model.vaultName + "  ·  " + model.vaultPath);
        vault.getStyleClass().add("unlock-subtitle");
        vault.setWrapText(true);

        Label message = new Label();
        message.setId("unlock-message");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        message.visibleProperty().bind(model.message.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        StackPane forms = new StackPane(
                createForm(controller), unlockForm(controller), recoveryCodeForm(controller), openingForm());
        VBox card = new VBox(title, vault, forms, message);
        card.getStyleClass().add("unlock-card");
        card.setMaxWidth(440);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    Parent root() {
        return root;
    }

    void focusFirstField() {
        Node target = switch (model.mode.get()) {
            case CREATE -> createPassword;
            case UNLOCK -> model.useRecoveryCode.get() ? recoveryInput : unlockPassword;
            default -> null;
        };
        if (target == null) return;
        target.requestFocus();
        if (target instanceof TextField field) field.selectAll();
    }

    void focusRepeatField() {
        createRepeat.requestFocus();
        createRepeat.selectAll();
    }

    private VBox createForm(UnlockController controller) {
        Label intro = new Label("No vault here yet. Choose a master password: it encrypts everything and cannot be reset.");
        intro.setWrapText(true);
        createPassword.setId("create-password");
        createPassword.setPromptText("Master password");
        createRepeat.setId("create-repeat");
        createRepeat.setPromptText("Repeat password");
        Label strength = new Label();
        strength.setId("password-strength");
        strength.setWrapText(true);
        strength.textProperty().bind(model.strength.map(PasswordStrength::hint));
        model.strength.addListener((obs, old, now) -> {
            strength.getStyleClass().remove(old.styleClass());
            strength.getStyleClass().add(now.styleClass());
        });
        strength.getStyleClass().addAll("hint", model.strength.get().styleClass());
        createPassword.textProperty().addListener((obs, old, now) -> controller.onPasswordTyped(now));

        Button create = new Button("Create vault");
        create.setId("create-button");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.busy);
        create.setOnAction(e -> {
            char[] pw = createPassword.getText().toCharArray();
            char[] rep = createRepeat.getText().toCharArray();
            controller.create(pw, rep);
        });
        createPassword.disableProperty().bind(model.busy);
        createRepeat.disableProperty().bind(model.busy);
        model.mode.addListener((obs, old, now) -> {
            if (now != UnlockModel.Mode.CREATE) {
                createPassword.clear();
                createRepeat.clear();
            }
        });
        return form(UnlockModel.Mode.CREATE, intro, createPassword, strength, createRepeat, withSpinner(create));
    }

    private VBox unlockForm(UnlockController controller) {
        unlockPassword.setId("unlock-password");
        unlockPassword.setPromptText("Master password");
        recoveryInput.setId("recovery-input");
        recoveryInput.setPromptText("Recovery code");
        unlockPassword.visibleProperty().bind(model.useRecoveryCode.not());
        unlockPassword.managedProperty().bind(unlockPassword.visibleProperty());
        recoveryInput.visibleProperty().bind(model.useRecoveryCode);
        recoveryInput.managedProperty().bind(recoveryInput.visibleProperty());
        unlockPassword.disableProperty().bind(model.busy);
        recoveryInput.disableProperty().bind(model.busy);

        Hyperlink toggle = new Hyperlink();
        toggle.setId("use-recovery-toggle");
        toggle.textProperty().bind(Bindings.when(model.useRecoveryCode).then("Use password instead").otherwise("Forgot it? Use recovery code"));
        toggle.setOnAction(e -> {
            model.useRecoveryCode.set(!model.useRecoveryCode.get());
            model.message.set("");
            focusFirstField();
        });

        Button unlock = new Button("Unlock");
        unlock.setId("unlock-button");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.busy);
        unlock.setOnAction(e -> controller.unlock(
                (model.useRecoveryCode.get() ? recoveryInput.getText().strip() : unlockPassword.getText()).toCharArray()));
        model.mode.addListener((obs, old, now) -> {
            if (now != UnlockModel.Mode.UNLOCK) {
                unlockPassword.clear();
                recoveryInput.clear();
            }
        });
        Label demoHint = new Label("The demo vault's password is \"demo\".");
        demoHint.getStyleClass().add("hint");
        demoHint.setVisible(model.demo);
        demoHint.setManaged(model.demo);
        return form(UnlockModel.Mode.UNLOCK, unlockPassword, recoveryInput, withSpinner(unlock), toggle, demoHint);
    }

    private VBox recoveryCodeForm(UnlockController controller) {
        Label intro = new Label("Your recovery code opens the vault if you forget the password. "
                + "Write it down and keep it somewhere safe: it is shown only this once.");
        intro.setWrapText(true);
        Label code = new Label();
        code.setId("recovery-code");
        code.getStyleClass().add("recovery-code");
        code.setWrapText(true);
        code.textProperty().bind(model.recoveryCode);
        CheckBox confirmed = new CheckBox("I have written it down");
        confirmed.setId("recovery-confirm");
        confirmed.selectedProperty().bindBidirectional(model.recoveryCodeConfirmed);
        Button go = new Button("Continue");
        go.setId("continue-button");
        go.setDefaultButton(true);
        go.disableProperty().bind(model.recoveryCodeConfirmed.not());
        go.setOnAction(e -> controller.continueAfterRecoveryCode());
        return form(UnlockModel.Mode.RECOVERY_CODE, intro, code, confirmed, go);
    }

    private VBox openingForm() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("opening-progress");
        spinner.progressProperty().bind(model.progress);
        spinner.setPrefSize(48, 48);
        Label status = new Label();
        status.setId("opening-message");
        status.textProperty().bind(model.progressMessage);
        VBox box = form(UnlockModel.Mode.OPENING, spinner, status);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node withSpinner(Button button) {
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(22, 22);
        spinner.setMaxSize(22, 22);
        spinner.visibleProperty().bind(model.busy);
        Label status = new Label();
        status.getStyleClass().add("hint");
        status.textProperty().bind(model.progressMessage);
        status.visibleProperty().bind(model.busy);
        HBox row = new HBox(10, button, spinner, status);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox form(UnlockModel.Mode mode, Node... children) {
        VBox box = new VBox(10, children);
        box.visibleProperty().bind(model.mode.isEqualTo(mode));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
