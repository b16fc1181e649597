package dev.meridian.app.settings;

import dev.meridian.app.theme.ThemeChoice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Settings screen. Password fields stay in the view and are read once on submit. */
public final class SettingsModel {
    final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.LIGHT);
    final StringProperty autoLockText = new SimpleStringProperty("");
    final StringProperty autoLockMessage = new SimpleStringProperty("");
    final BooleanProperty autoLockError = new SimpleBooleanProperty(false);
    final StringProperty vaultLocation = new SimpleStringProperty("");
    final StringProperty passwordMessage = new SimpleStringProperty("");
    final BooleanProperty passwordError = new SimpleBooleanProperty(false);
    final BooleanProperty changingPassword = new SimpleBooleanProperty(false);

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }
}
