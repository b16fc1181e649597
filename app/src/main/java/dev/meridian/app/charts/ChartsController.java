package dev.meridian.app.charts;

import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.charts.drawing.DrawingBook;
import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.ui.CandleChart;
import dev.meridian.core.domain.ChartLayout;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.ChartDrawingRepository;
import dev.meridian.core.repo.ChartLayoutRepository;
import dev.meridian.core.repo.InstrumentRepository;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javax.imageio.ImageIO;

/**
 * Up to four candle charts of vault instruments in a grid (1, 1x2, 2x1, 2x2): symbol search, timeframes
 * (intraday from 1-minute bars), chart type, log scale, indicators and drawings act on the active chart. Each
 * chart's layout (type, timeframe, log scale, indicators) is saved per instrument on every change and restored
 * when the instrument is opened again; the grid (its shape, the active chart, each chart's instrument and
 * timeframe) is saved as a chart layout of its own and restored when the screen is opened.
 */
public final class ChartsController implements Screen {

    static final int SEARCH_LIMIT = 200;

    private final InstrumentRepository instruments;
    private final ChartBars bars;
    private final ChartLayoutRepository layouts;
    private final RepositoryDrawingStore drawings;
    private final BackgroundWork work;
    private final OrderedWrites layoutWrites;
    private final ChartsModel model = new ChartsModel();
    private final ChartsView view;
    // Stale loads are outrun, not cancelled: cancelling interrupts the job's thread, and an interrupt during
    // a read closes the encrypted vault file's channel for the rest of the session.
    private long searchSeq;
    /** Chart loads submitted and not yet finished, in any cell. */
    private int pendingLoads;
    private boolean searched;
    private boolean restoring;
    private boolean disposed;
    private LongFunction<List<Double>> alertLevels = id -> List.of();

    public ChartsController(InstrumentRepository instruments, BarRepository bars, ChartDrawingRepository drawings,
                            ChartLayoutRepository layouts, BackgroundWork work, ObservableBooleanValue dark) {
        this.instruments = instruments;
        this.bars = new ChartBars(bars);
        this.layouts = layouts;
        this.drawings = new RepositoryDrawingStore(drawings, work);
        this.work = work;
        this.layoutWrites = new OrderedWrites(work);
        this.model.dark.bind(dark);
        this.view = new ChartsView(model, this);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public ChartsModel model() {
        return model;
    }

    /** The active chart, null while it has nothing loaded. */
    public CandleChart chart() {
        return view.chart(model.active.get());
    }

    /** The chart in grid cell {@code index}, null while the cell is empty or hidden by the grid. */
    public CandleChart chart(int index) {
        return index < model.grid.get().count() ? view.chart(index) : null;
    }

    @Override
    public void onActivate() {
        if (searched || restoring) return;
        restoring = true;
        record Restored(ChartGridDefinition grid, List<Optional<Instrument>> instruments) { }
        work.submit("Restoring charts", p -> {
            ChartGridDefinition grid = layouts.latestShared(ChartGridDefinition.LAYOUT_NAME)
                    .map(l -> ChartGridDefinition.parse(l.definition())).orElse(ChartGridDefinition.DEFAULT);
            List<Optional<Instrument>> found = new ArrayList<>();
            for (ChartSlot slot : model.slots) found.add(grid.cell(slot.index).flatMap(c -> instruments.find(c.instrumentId())));
            return new Restored(grid, found);
        }, restored -> {
            if (disposed) return;
            restoring = false;
            ChartGridDefinition grid = restored.grid();
            model.grid.set(grid.grid());
            model.active.set(grid.active());
            model.mirrorActive();
            for (int i = 0; i < grid.grid().count(); i++) {
                int cell = i;
                restored.instruments().get(i).ifPresent(instrument ->
                        open(model.slots.get(cell), instrument, grid.cell(cell).map(ChartGridDefinition.Cell::timeframe).orElse(null)));
            }
            search(model.query.get());
        }, failure -> {
            restoring = false;
            model.message.set("Could not restore the chart grid: " + failure.getMessage());
            search(model.query.get());
        });
    }

    @Override
    public List<ScreenAction> actions() {
        List<ScreenAction> out = new ArrayList<>();
        for (Timeframe tf : Timeframe.values()) {
            out.add(new ScreenAction("Chart timeframe " + tf.label(), null, () -> setTimeframe(tf)));
        }
        out.add(new ScreenAction("Toggle chart log scale", null, () -> setLogScale(!model.layout.get().logScale())));
        return out;
    }

    @Override
    public void dispose() {
        disposed = true;
        model.dark.unbind();
        model.clear();
    }

    // ---- instruments ---------------------------------------------------------------------------------

    /** Lists instruments whose symbol or name contains {@code text}; the first search opens the first match. */
    public void search(String text) {
        if (disposed) return;
        searched = true;
        model.query.set(text);
        long seq = ++searchSeq;
        String q = text == null ? "" : text.strip();
        work.submit("Searching instruments",
                p -> q.isEmpty() ? instruments.all() : instruments.search(q, SEARCH_LIMIT), found -> {
                    if (disposed || seq != searchSeq) return;
                    model.matches.setAll(found);
                    if (nothingShown() && !found.isEmpty()) open(found.getFirst());
                });
    }

    /** Where the levels of an instrument's price alerts come from (in memory; called on the FX thread). */
    public void setAlertLevels(LongFunction<List<Double>> source) {
        this.alertLevels = source;
    }

    /** Opens {@code instrument} in the active chart with its saved layout (or the default one) and its drawings. */
    public void open(Instrument instrument) {
        open(model.activeSlot(), instrument, null);
    }

    /** Opens {@code instrument} in {@code slot}; a non-null {@code timeframe} overrides the instrument's saved one. */
    private void open(ChartSlot slot, Instrument instrument, Timeframe timeframe) {
        if (disposed || instrument == null) return;
        record Opened(ChartLayoutDefinition layout, boolean minutes, LoadedChart loaded) { }
        long seq = ++slot.loadSeq;
        pendingLoads++;
        model.message.set("");
        work.submit("Loading chart " + instrument.symbol(), p -> {
            ChartLayoutDefinition layout = layouts.latestFor(instrument.id())
                    .map(l -> ChartLayoutDefinition.parse(l.definition())).orElse(ChartLayoutDefinition.DEFAULT);
            if (timeframe != null) layout = layout.withTimeframe(timeframe);
            boolean minutes = bars.hasMinuteBars(instrument);
            if (layout.timeframe().isIntraday() && !minutes) layout = layout.withTimeframe(Timeframe.D1);
            DrawingBook book = new DrawingBook(instrument.id(), drawings, Clock.systemUTC());
            return new Opened(layout, minutes, new LoadedChart(instrument, layout.timeframe(), bars.load(instrument, layout.timeframe()), book));
        }, opened -> {
            pendingLoads--;
            if (disposed || seq != slot.loadSeq) return;
            slot.instrument.set(instrument);
            slot.alertLevels.setAll(alertLevels.apply(instrument.id()));
            slot.hasMinuteBars.set(opened.minutes());
            slot.layout.set(opened.layout());
            slot.loaded.set(opened.loaded());
            if (slot == model.activeSlot()) model.mirrorActive();
            saveGrid();
        }, failure -> {
            pendingLoads--;
            if (seq != slot.loadSeq) return;
            model.message.set("Could not open " + instrument.symbol() + ": " + failure.getMessage());
        });
    }

    /** True while no cell shows or is loading an instrument: the first search then opens its first match. */
    private boolean nothingShown() {
        return pendingLoads == 0 && model.slots.stream().allMatch(s -> s.instrument.get() == null);
    }

    // ---- grid ------------------------------------------------------------------------------------------

    /** Shows {@code grid}; cells it newly shows that are empty open the active chart's instrument and timeframe. */
    public void setGrid(ChartGrid grid) {
        if (disposed || grid == null || grid == model.grid.get()) return;
        model.grid.set(grid);
        if (model.active.get() >= grid.count()) setActive(0);
        ChartSlot active = model.activeSlot();
        LoadedChart shown = active.loaded.get();
        for (int i = 0; i < grid.count(); i++) {
            ChartSlot slot = model.slots.get(i);
            if (slot != active && slot.instrument.get() == null && shown != null) open(slot, shown.instrument(), shown.timeframe());
        }
        saveGrid();
    }

    /** Makes the chart in cell {@code index} the one the toolbar, search and indicator picker act on. */
    public void setActive(int index) {
        if (disposed || index < 0 || index >= model.grid.get().count() || index == model.active.get()) return;
        model.active.set(index);
        model.mirrorActive();
        saveGrid();
    }

    private void saveGrid() {
        if (disposed || restoring) return;
        List<ChartGridDefinition.Cell> cells = new ArrayList<>();
        for (ChartSlot slot : model.slots) {
            LoadedChart loaded = slot.loaded.get();
            if (loaded != null) cells.add(new ChartGridDefinition.Cell(slot.index, loaded.instrument().id(), loaded.timeframe()));
        }
        String definition = new ChartGridDefinition(model.grid.get(), model.active.get(), cells).format();
        layoutWrites.submit("Saving chart grid", () -> {
            Optional<ChartLayout> existing = layouts.latestShared(ChartGridDefinition.LAYOUT_NAME);
            if (existing.isEmpty()) {
                layouts.insert(new ChartLayout(0, ChartGridDefinition.LAYOUT_NAME, null, definition, Instant.now()));
            } else {
                layouts.update(new ChartLayout(existing.get().id(), ChartGridDefinition.LAYOUT_NAME, null, definition, Instant.now()));
            }
        });
    }

    // ---- layout ----------------------------------------------------------------------------------------

    public void setTimeframe(Timeframe timeframe) {
        ChartSlot slot = model.activeSlot();
        LoadedChart current = slot.loaded.get();
        if (current == null || disposed) return;
        if (timeframe.isIntraday() && !slot.hasMinuteBars.get()) {
            model.message.set(current.instrument().symbol() + " has no 1-minute bars: intraday timeframes are not available");
            return;
        }
        changeLayout(model.layout.get().withTimeframe(timeframe));
        long seq = ++slot.loadSeq;
        Instrument instrument = current.instrument();
        work.submit("Loading " + instrument.symbol() + " " + timeframe.label(), p -> bars.load(instrument, timeframe),
                (BarSeries loaded) -> {
                    if (disposed || seq != slot.loadSeq) return;
                    slot.loaded.set(new LoadedChart(instrument, timeframe, loaded, current.drawings()));
                    if (slot == model.activeSlot()) model.loaded.set(slot.loaded.get());
                    saveGrid();
                });
    }

    public void setChartType(ChartType type) {
        changeLayout(model.layout.get().withType(type));
    }

    public void setLogScale(boolean log) {
        changeLayout(model.layout.get().withLogScale(log));
    }

    /** Adds an indicator with parameters typed as "20" or "12,26,9" (blank: defaults); returns false and says why on bad input. */
    public boolean addIndicator(IndicatorKind kind, String parameters) {
        Optional<IndicatorSpec> spec = parse(kind, parameters);
        if (spec.isEmpty()) return false;
        List<IndicatorSpec> list = new ArrayList<>(model.layout.get().indicators());
        if (list.contains(spec.get())) {
            model.message.set(spec.get().label() + " is already on the chart");
            return false;
        }
        list.add(spec.get());
        changeLayout(model.layout.get().withIndicators(list));
        return true;
    }

    /** Replaces an indicator's parameters, keeping its place; false (and a message) on bad input. */
    public boolean editIndicator(IndicatorSpec old, String parameters) {
        Optional<IndicatorSpec> spec = parse(old.kind(), parameters);
        if (spec.isEmpty()) return false;
        List<IndicatorSpec> list = new ArrayList<>(model.layout.get().indicators());
        int at = list.indexOf(old);
        if (at < 0) return false;
        list.set(at, spec.get());
        changeLayout(model.layout.get().withIndicators(list));
        return true;
    }

    public void removeIndicator(IndicatorSpec spec) {
        List<IndicatorSpec> list = new ArrayList<>(model.layout.get().indicators());
        if (list.remove(spec)) changeLayout(model.layout.get().withIndicators(list));
    }

    public void setTool(DrawingKind kind) {
        model.tool.set(kind);
    }

    /** Writes an image of the chart (taken on the FX thread by the view) as PNG, in the background. */
    public void exportPng(BufferedImage image, Path file) {
        work.submit("Exporting chart", p -> {
            if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("No PNG writer available");
            return file;
        }, saved -> model.message.set("Saved " + saved.getFileName()), failure -> model.message.set(
                "Could not write " + file + ": " + (failure instanceof UncheckedIOException u ? u.getCause() : failure).getMessage()));
    }

    private Optional<IndicatorSpec> parse(IndicatorKind kind, String parameters) {
        try {
            IndicatorSpec spec = IndicatorSpec.parse(kind, parameters);
            model.message.set("");
            return Optional.of(spec);
        } catch (IllegalArgumentException e) {
            model.message.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void changeLayout(ChartLayoutDefinition layout) {
        Instrument instrument = model.instrument.get();
        if (instrument == null || disposed) return;
        model.activeSlot().layout.set(layout);
        model.layout.set(layout);
        String definition = layout.format();
        layoutWrites.submit("Saving chart layout", () -> {
            Optional<ChartLayout> existing = layouts.latestFor(instrument.id());
            if (existing.isEmpty()) {
                layouts.insert(new ChartLayout(0, instrument.symbol(), instrument.id(), definition, Instant.now()));
            } else {
                layouts.update(new ChartLayout(existing.get().id(), instrument.symbol(), instrument.id(), definition, Instant.now()));
            }
        });
    }
}
