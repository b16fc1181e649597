package dev.meridian.app.dashboard;

import dev.meridian.app.portfolio.DashboardSummary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the dashboard: the latest summary and a message when it could not be computed. */
public final class DashboardModel {

    final ObjectProperty<DashboardSummary> summary = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");

    public ObjectProperty<DashboardSummary> summary() {
        return summary;
    }
}
