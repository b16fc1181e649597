package dev.meridian.app.goals;

import dev.meridian.core.coach.goals.GoalProgress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Goals screen: each goal's progress and a status line. */
public final class GoalsModel {

    final ObservableList<GoalProgress> goals = FXCollections.observableArrayList();
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");

    public ObservableList<GoalProgress> goals() {
        return goals;
    }

    void clear() {
        goals.clear();
        message.set("");
    }
}
