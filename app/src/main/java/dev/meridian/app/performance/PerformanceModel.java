package dev.meridian.app.performance;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import dev.meridian.core.portfolio.statement.StatementScope;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the Performance screen: scope, security, period, benchmark and the figures computed for them. */
public final class PerformanceModel {

    /** An entry of the security picker: one instrument, or the whole scope ({@code instrument} null). */
    record SecurityChoice(Instrument instrument) {
        static final SecurityChoice WHOLE_SCOPE = new SecurityChoice(null);

        Long instrumentId() {
            return instrument == null ? null : instrument.id();
        }

        @Override
        public String toString() {
            return instrument == null ? "All holdings" : instrument.symbol() + " — " + instrument.name();
        }
    }

    final ObservableList<StatementScope> scopes = FXCollections.observableArrayList();
    final ObjectProperty<StatementScope> scope = new SimpleObjectProperty<>();
    final ObservableList<SecurityChoice> securities = FXCollections.observableArrayList();
    final ObjectProperty<SecurityChoice> security = new SimpleObjectProperty<>(SecurityChoice.WHOLE_SCOPE);
    final ObservableList<Instrument> benchmarks = FXCollections.observableArrayList();
    final ObjectProperty<Instrument> benchmark = new SimpleObjectProperty<>();
    final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>(ReportPeriod.ONE_YEAR);
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    final ObjectProperty<PerformanceFigures> figures = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty loading = new SimpleBooleanProperty(false);

    public ObjectProperty<PerformanceFigures> figures() {
        return figures;
    }

    public ObjectProperty<ReportPeriod> period() {
        return period;
    }

    void clear() {
        scopes.clear();
        securities.clear();
        benchmarks.clear();
        figures.set(null);
    }
}
