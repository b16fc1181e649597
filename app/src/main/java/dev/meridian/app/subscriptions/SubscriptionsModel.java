package dev.meridian.app.subscriptions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Subscriptions screen: the tracked recurring series and a status line. */
public final class SubscriptionsModel {

    final ObservableList<SubscriptionRow> rows = FXCollections.observableArrayList();
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");

    public ObservableList<SubscriptionRow> rows() {
        return rows;
    }

    void clear() {
        rows.clear();
        message.set("");
        summary.set("");
    }
}
