package dev.meridian.app.unlock;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the unlock screen. Passwords are deliberately not here: they stay in the password fields
 * and are read once, as char arrays, when the user submits.
 */
public final class UnlockModel {

    /** Which form the screen shows. */
    public enum Mode { CREATE, UNLOCK, RECOVERY_CODE, OPENING }

    final String vaultName;
    final String vaultPath;
    final boolean demo;
    final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.UNLOCK);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final BooleanProperty useRecoveryCode = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    final ObjectProperty<PasswordStrength> strength = new SimpleObjectProperty<>(PasswordStrength.EMPTY);
    final StringProperty recoveryCode = new SimpleStringProperty("");
    final BooleanProperty recoveryCodeConfirmed = new SimpleBooleanProperty(false);
    final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final StringProperty progressMessage = new SimpleStringProperty("");

    UnlockModel(String vaultName, String vaultPath, boolean demo) {
        this.vaultName = vaultName;
        this.vaultPath = vaultPath;
        this.demo = demo;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
