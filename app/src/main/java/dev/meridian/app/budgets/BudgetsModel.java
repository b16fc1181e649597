package dev.meridian.app.budgets;

import dev.meridian.core.coach.budget.BudgetOverview;
import java.time.YearMonth;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the Budgets screen: the month shown and what was loaded for it. */
public final class BudgetsModel {

    final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(YearMonth.now());
    final ObjectProperty<BudgetOverview> overview = new SimpleObjectProperty<>();
    final BooleanProperty loading = new SimpleBooleanProperty(false);
    final StringProperty message = new SimpleStringProperty("");

    public ObjectProperty<BudgetOverview> overview() {
        return overview;
    }

    public ObjectProperty<YearMonth> month() {
        return month;
    }

    void clear() {
        overview.set(null);
        message.set("");
    }
}
