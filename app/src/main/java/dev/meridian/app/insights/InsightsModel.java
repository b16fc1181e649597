package dev.meridian.app.insights;

import dev.meridian.core.coach.forecast.Forecast;
import dev.meridian.core.coach.insights.Insight;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Insights screen: the feed, the cash forecast and how many days of it are shown (30 or 90). */
public final class InsightsModel {

    final ObservableList<Insight> insights = FXCollections.observableArrayList();
    final ObjectProperty<Forecast> forecast = new SimpleObjectProperty<>();
    final IntegerProperty forecastDays = new SimpleIntegerProperty(30);
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");

    public ObservableList<Insight> insights() {
        return insights;
    }

    public ObjectProperty<Forecast> forecast() {
        return forecast;
    }

    void clear() {
        insights.clear();
        forecast.set(null);
        message.set("");
    }
}
