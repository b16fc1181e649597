package dev.meridian.app.charts;

import dev.meridian.core.domain.Instrument;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One chart of the grid: its instrument, bars and layout. */
public final class ChartSlot {

    public final int index;
    /** Null while the cell is empty. */
    public final ObjectProperty<Instrument> instrument = new SimpleObjectProperty<>();
    public final ObjectProperty<LoadedChart> loaded = new SimpleObjectProperty<>();
    public final ObjectProperty<ChartLayoutDefinition> layout = new SimpleObjectProperty<>(ChartLayoutDefinition.DEFAULT);
    public final BooleanProperty hasMinuteBars = new SimpleBooleanProperty();
    /** Price levels of the instrument's price alerts, drawn as horizontal lines. */
    public final ObservableList<Double> alertLevels = FXCollections.observableArrayList();
    /** Newest load for this cell; an older one that finishes later is dropped. */
    long loadSeq;

    ChartSlot(int index) {
        this.index = index;
    }

    void clear() {
        instrument.set(null);
        loaded.set(null);
        layout.set(ChartLayoutDefinition.DEFAULT);
        hasMinuteBars.set(false);
        alertLevels.clear();
    }
}
