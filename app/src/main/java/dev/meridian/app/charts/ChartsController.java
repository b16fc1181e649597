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
 * A candle chart of one vault instrument: symbol search, timeframes (intraday from 1-minute bars), chart
 * type, log scale, indicators and drawings. The layout (type, timeframe, log scale, indicators) is saved
 * per instrument on every change and restored when the instrument is opened again.
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
    private long loadSeq;
    private boolean loading;
    private boolean searched;
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

    /** The chart on show, null while nothing is loaded. */
    public CandleChart chart() {
        return view.chart();
    }

    @Override
    public void onActivate() {
        if (!searched) search(model.query.get());
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
                    if (model.instrument.get() == null && !loading && !found.isEmpty()) open(found.getFirst());
                });
    }

    /** Where the levels of an instrument's price alerts come from (in memory; called on the FX thread). */
    public void setAlertLevels(LongFunction<List<Double>> source) {
        this.alertLevels = source;
    }

    /** Opens {@code instrument} with its saved layout (or the default one) and its drawings. */
    public void open(Instrument instrument) {
        if (disposed || instrument == null) return;
        record Opened(ChartLayoutDefinition layout, boolean minutes, LoadedChart loaded) { }
        long seq = ++loadSeq;
        loading = true;
        model.message.set("");
        work.submit("Loading chart " + instrument.symbol(), p -> {
            ChartLayoutDefinition layout = layouts.latestFor(instrument.id())
                    .map(l -> ChartLayoutDefinition.parse(l.definition())).orElse(ChartLayoutDefinition.DEFAULT);
            boolean minutes = bars.hasMinuteBars(instrument);
            if (layout.timeframe().isIntraday() && !minutes) layout = layout.withTimeframe(Timeframe.D1);
            DrawingBook book = new DrawingBook(instrument.id(), drawings, Clock.systemUTC());
            return new Opened(layout, minutes, new LoadedChart(instrument, layout.timeframe(), bars.load(instrument, layout.timeframe()), book));
        }, opened -> {
            if (disposed || seq != loadSeq) return;
            loading = false;
            model.instrument.set(instrument);
            model.alertLevels.setAll(alertLevels.apply(instrument.id()));
            model.hasMinuteBars.set(opened.minutes());
            model.layout.set(opened.layout());
            model.loaded.set(opened.loaded());
        }, failure -> {
            if (seq != loadSeq) return;
            loading = false;
            model.message.set("Could not open " + instrument.symbol() + ": " + failure.getMessage());
        });
    }

    // ---- layout ----------------------------------------------------------------------------------------

    public void setTimeframe(Timeframe timeframe) {
        LoadedChart current = model.loaded.get();
        if (current == null || disposed) return;
        if (timeframe.isIntraday() && !model.hasMinuteBars.get()) {
            model.message.set(current.instrument().symbol() + " has no 1-minute bars: intraday timeframes are not available");
            return;
        }
        changeLayout(model.layout.get().withTimeframe(timeframe));
        long seq = ++loadSeq;
        Instrument instrument = current.instrument();
        work.submit("Loading " + instrument.symbol() + " " + timeframe.label(), p -> bars.load(instrument, timeframe),
                (BarSeries loaded) -> {
                    if (disposed || seq != loadSeq) return;
                    model.loaded.set(new LoadedChart(instrument, timeframe, loaded, current.drawings()));
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
