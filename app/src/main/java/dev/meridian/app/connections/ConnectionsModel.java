package dev.meridian.app.connections;

import dev.meridian.core.domain.AssetClass;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** State of the Connections screen. Holds no secret: rows only know whether credentials are stored. */
public final class ConnectionsModel {

    final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    final ObjectProperty<ConnectionRow> selected = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    /** The bank link or sync running now (one at a time), for the progress bar and Cancel. */
    final ObjectProperty<Task<?>> job = new SimpleObjectProperty<>();
    /** The Hosted Link address, shown so it can be opened by hand if the browser did not start. */
    final StringProperty linkUrl = new SimpleStringProperty("");
    final ObjectProperty<AssetClass> fallbackClass = new SimpleObjectProperty<>(AssetClass.STOCK);
    final ObservableList<ProviderDescriptor> fallbackOrder = FXCollections.observableArrayList();

    public ObservableList<ConnectionRow> rows() {
        return rows;
    }

    public StringProperty message() {
        return message;
    }

    void clear() {
        rows.clear();
        selected.set(null);
        fallbackOrder.clear();
        linkUrl.set("");
        message.set("");
    }
}
