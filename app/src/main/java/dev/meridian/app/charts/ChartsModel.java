package dev.meridian.app.charts;

import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.domain.Instrument;
import java.util.List;
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

/**
 * State of the charts screen: up to four charts in a grid ({@link #slots}); {@link #instrument}, {@link #loaded},
 * {@link #layout} and {@link #hasMinuteBars} mirror the active chart, the one the toolbar acts on.
 */
public final class ChartsModel {

    /** Every chart the grid can show; the grid shows the first {@code grid.count()}. */
    public final List<ChartSlot> slots = List.of(new ChartSlot(0), new ChartSlot(1), new ChartSlot(2), new ChartSlot(3));
    public final ObjectProperty<ChartGrid> grid = new SimpleObjectProperty<>(ChartGrid.ONE);
    /** Index of the active chart in {@link #slots}. */
    public final IntegerProperty active = new SimpleIntegerProperty();

    /** Instruments matching the search text. */
    public final ObservableList<Instrument> matches = FXCollections.observableArrayList();
    public final StringProperty query = new SimpleStringProperty("");
    /** The instrument on the active chart, null before one is opened. */
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

    public ChartSlot activeSlot() {
        return slots.get(active.get());
    }

    /** Copies the active chart's state into the mirror properties. */
    void mirrorActive() {
        ChartSlot slot = activeSlot();
        instrument.set(slot.instrument.get());
        hasMinuteBars.set(slot.hasMinuteBars.get());
        layout.set(slot.layout.get());
        loaded.set(slot.loaded.get());
    }

    void clear() {
        for (ChartSlot slot : slots) slot.clear();
        grid.set(ChartGrid.ONE);
        active.set(0);
        matches.clear();
        instrument.set(null);
        loaded.set(null);
        layout.set(ChartLayoutDefinition.DEFAULT);
        hasMinuteBars.set(false);
        tool.set(null);
        message.set("");
    }
}
