package dev.meridian.app.charts;

import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.domain.Instrument;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the charts screen. */
public final class ChartsModel {

    /** Instruments matching the search text. */
    public final ObservableList<Instrument> matches = FXCollections.observableArrayList();
    public final StringProperty query = new SimpleStringProperty("");
    /** The instrument on the chart, null before one is opened. */
    public final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>();
    /** Bars on show; replaced when the instrument or the timeframe changes. */
    public final ObjectProperty<LoadedChart> loaded = new SimpleObjectProperty<>();
    public final ObjectProperty<ChartLayoutDefinition> layout = new SimpleObjectProperty<>(ChartLayoutDefinition.DEFAULT);
    /** False disables the intraday timeframes: they are built from stored 1-minute bars. */
    public final BooleanProperty hasMinuteBars = new SimpleBooleanProperty();
    /** The armed drawing tool, null for none. */
    public final ObjectProperty<DrawingKind> tool = new SimpleObjectProperty<>();
    public final BooleanProperty dark = new SimpleBooleanProperty();
    /** Last error or notice shown under the toolbar; empty for none. */
    public final StringProperty message = new SimpleStringProperty("");
    /** Price levels of the open instrument's price alerts, drawn as horizontal lines. */
    public final ObservableList<Double> alertLevels = FXCollections.observableArrayList();

    void clear() {
        matches.clear();
        instrument.set(null);
        loaded.set(null);
        layout.set(ChartLayoutDefinition.DEFAULT);
        hasMinuteBars.set(false);
        tool.set(null);
        message.set("");
    }
}
