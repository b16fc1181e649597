package dev.meridian.app.shell;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/** What the main window shows: the screens, the active one, the vault's name and a failure notice. */
public final class ShellModel {
    final List<ScreenEntry> entries;
    final String vaultName;
    final boolean demo;
    final ObjectProperty<ScreenEntry> active = new SimpleObjectProperty<>();
    final ObjectProperty<Screen> activeScreen = new SimpleObjectProperty<>();
    final StringProperty failure = new SimpleStringProperty("");
    /** Nodes other parts of the app put in the status bar (refresh state, notification bell), before the vault name. */
    final ObservableList<Node> statusItems = FXCollections.observableArrayList();

    ShellModel(List<ScreenEntry> entries, String vaultName, boolean demo) {
        this.entries = List.copyOf(entries);
        this.vaultName = vaultName;
        this.demo = demo;
    }

    /** The controller of the screen on show (tests and the composition root reach a screen through it). */
    public javafx.beans.property.ReadOnlyObjectProperty<Screen> activeScreenProperty() {
        return activeScreen;
    }

    public ObjectProperty<ScreenEntry> activeProperty() {
        return active;
    }

    public ObservableList<Node> statusItems() {
        return statusItems;
    }

    public StringProperty failureProperty() {
        return failure;
    }
}
