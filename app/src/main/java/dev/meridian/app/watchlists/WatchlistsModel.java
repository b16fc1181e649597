package dev.meridian.app.watchlists;

import dev.meridian.core.domain.Watchlist;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The watchlists, the one shown, its rows in list order, and a message line. */
public final class WatchlistsModel {
    final ObservableList<Watchlist> lists = FXCollections.observableArrayList();
    final ObjectProperty<Watchlist> selected = new SimpleObjectProperty<>();
    final ObservableList<WatchlistRow> rows = FXCollections.observableArrayList();
    final StringProperty message = new SimpleStringProperty("");

    public ObservableList<Watchlist> lists() {
        return lists;
    }

    public ObservableList<WatchlistRow> rows() {
        return rows;
    }

    public ObjectProperty<Watchlist> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
