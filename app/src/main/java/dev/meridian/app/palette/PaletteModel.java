package dev.meridian.app.palette;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the command palette: open or not, the query, and the ranked matches. */
public final class PaletteModel {
    final BooleanProperty open = new SimpleBooleanProperty(false);
    final StringProperty query = new SimpleStringProperty("");
    final ObservableList<PaletteItem> matches = FXCollections.observableArrayList();

    public BooleanProperty openProperty() {
        return open;
    }

    public ObservableList<PaletteItem> matches() {
        return matches;
    }
}
