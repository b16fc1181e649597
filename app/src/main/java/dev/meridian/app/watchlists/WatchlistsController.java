package dev.meridian.app.watchlists;

import dev.meridian.app.alerts.AlertService;
import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Watchlist;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.market.quote.QuoteBoard;
import dev.meridian.core.market.quote.QuoteSeed;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.WatchlistRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Parent;

/**
 * Watchlists: several named lists of instruments with live quotes, sparklines and quote ages; add by symbol,
 * remove, reorder, open a chart, edit alerts. Quotes come from the shared {@link QuoteBoard} through a
 * {@link QuotePump}, so live ticks repaint the table at most once per pulse.
 */
public final class WatchlistsController implements Screen {

    /** Daily closes in a row's sparkline. */
    static final int SPARKLINE_DAYS = 30;

    private final WatchlistRepository watchlists;
    private final InstrumentRepository instruments;
    private final BarRepository bars;
    private final QuoteBoard board;
    private final AlertService alerts;
    private final BackgroundWork work;
    private final Consumer<Instrument> openChart;
    private final Runnable refreshNow;
    private final WatchlistsModel model = new WatchlistsModel();
    private final QuotePump pump;
    private final WatchlistsView view;

    public WatchlistsController(WatchlistRepository watchlists, InstrumentRepository instruments, BarRepository bars, QuoteBoard board,
                                AlertService alerts, BackgroundWork work, Consumer<Instrument> openChart, Runnable refreshNow, Clock clock) {
        this.watchlists = watchlists;
        this.instruments = instruments;
        this.bars = bars;
        this.board = board;
        this.alerts = alerts;
        this.work = work;
        this.openChart = openChart;
        this.refreshNow = refreshNow;
        this.pump = new QuotePump(board, clock);
        this.view = new WatchlistsView(model, this);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public WatchlistsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        pump.start();
        loadLists(model.selected.get() == null ? 0 : model.selected.get().id());
    }

    @Override
    public void onDeactivate() {
        pump.stop();
    }

    @Override
    public void dispose() {
        pump.stop();
        model.rows.clear();
        model.lists.clear();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Refresh market data now", null, refreshNow));
    }

    /** Pulses in which quote changes reached the table (each is one repaint at most). */
    public long quoteRepaints() {
        return pump.batches();
    }

    public long pulses() {
        return pump.pulses();
    }

    /** Reloads lists and rows (after a refresh stored new bars); the pump keeps its state. */
    public void reload() {
        loadLists(model.selected.get() == null ? 0 : model.selected.get().id());
    }

    void loadLists(long selectId) {
        work.submit("Loading watchlists", p -> watchlists.all(), all -> {
            model.lists.setAll(all);
            Watchlist pick = all.stream().filter(w -> w.id() == selectId).findFirst().orElse(all.isEmpty() ? null : all.getFirst());
            model.selected.set(pick);
            show(pick);
        });
    }

    /** Shows a list: loads its instruments, their sparklines, and seeds quotes from the cache where nothing newer is known. */
    public void show(Watchlist list) {
        if (list == null) {
            model.rows.clear();
            pump.showRows(List.of());
            return;
        }
        model.selected.set(list);
        work.submit("Loading " + list.name(), p -> loadRows(list), rows -> {
            if (model.selected.get() == null || model.selected.get().id() != list.id()) return;
            model.rows.setAll(rows);
            pump.showRows(rows);
        });
    }

    private List<WatchlistRow> loadRows(Watchlist list) {
        List<WatchlistRow> rows = new ArrayList<>();
        for (long id : list.instrumentIds()) {
            Instrument instrument = instruments.find(id).orElse(null);
            if (instrument == null) continue;
            BarSeries daily = bars.load(id, Timeframe.D1);
            int n = daily.size();
            double[] closes = Arrays.copyOfRange(daily.closes(), Math.max(0, n - SPARKLINE_DAYS), n);
            seed(instrument, daily);
            rows.add(new WatchlistRow(instrument, closes));
        }
        return rows;
    }

    private void seed(Instrument instrument, BarSeries daily) {
        if (daily.isEmpty()) return;
        TradingSession session = TradingSession.of(instrument);
        long lastBar = daily.time(daily.size() - 1);
        LocalDate day = session.tradingDay(lastBar);
        long end = day == null ? lastBar : session.closeOn(day);
        QuoteSeed seed = QuoteSeed.fromDailyBars(daily, end, session);
        boolean newer = board.quote(instrument.id()).map(q -> q.updatedAtMillis() < seed.updatedAtMillis()).orElse(true);
        if (newer) board.seed(instrument.id(), seed);
    }

    public void newList(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            model.message.set("A watchlist needs a name");
            return;
        }
        int position = model.lists.size();
        work.submit("Creating watchlist", p -> watchlists.insert(new Watchlist(0, trimmed, position, List.of())), created -> {
            model.message.set("");
            loadLists(created.id());
        });
    }

    public void deleteList() {
        Watchlist list = model.selected.get();
        if (list == null) return;
        work.submit("Deleting watchlist", p -> {
            watchlists.delete(list.id());
            return list;
        }, deleted -> loadLists(0));
    }

    /**
     * Adds the instrument whose symbol is {@code text} (any case), or the only one matching it; otherwise returns
     * the matches so the view can offer them.
     */
    public void addSymbol(String text, Consumer<List<Instrument>> offer) {
        String query = text == null ? "" : text.trim();
        if (query.isEmpty() || model.selected.get() == null) return;
        work.submit("Searching instruments", p -> instruments.search(query, 8), found -> {
            Instrument exact = found.stream().filter(i -> i.symbol().equalsIgnoreCase(query)).findFirst().orElse(null);
            if (exact == null && found.size() == 1) exact = found.getFirst();
            if (exact != null) {
                add(exact);
            } else if (found.isEmpty()) {
                model.message.set("No instrument in the vault matches \"" + query + "\"");
            } else {
                offer.accept(found);
            }
        });
    }

    public void add(Instrument instrument) {
        Watchlist list = model.selected.get();
        if (list == null) return;
        if (list.instrumentIds().contains(instrument.id())) {
            model.message.set(instrument.symbol() + " is already on " + list.name());
            return;
        }
        List<Long> ids = new ArrayList<>(list.instrumentIds());
        ids.add(instrument.id());
        model.message.set("");
        save(new Watchlist(list.id(), list.name(), list.position(), ids), true);
    }

    public void remove(WatchlistRow row) {
        Watchlist list = model.selected.get();
        if (list == null || row == null) return;
        List<Long> ids = new ArrayList<>(list.instrumentIds());
        ids.remove(row.instrument.id());
        model.rows.remove(row);
        save(new Watchlist(list.id(), list.name(), list.position(), ids), false);
    }

    /** Moves a row up ({@code delta} -1) or down (+1) in the list's own order and stores the order. */
    public boolean move(WatchlistRow row, int delta) {
        int from = model.rows.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= model.rows.size()) return false;
        model.rows.remove(from);
        model.rows.add(to, row);
        storeOrder();
        return true;
    }

    /** Moves a row to {@code index} (drag and drop) and stores the order. */
    public void moveTo(WatchlistRow row, int index) {
        int from = model.rows.indexOf(row);
        if (from < 0) return;
        model.rows.remove(from);
        model.rows.add(Math.max(0, Math.min(index, model.rows.size())), row);
        storeOrder();
    }

    private void storeOrder() {
        Watchlist list = model.selected.get();
        if (list == null) return;
        List<Long> ids = model.rows.stream().map(r -> r.instrument.id()).toList();
        save(new Watchlist(list.id(), list.name(), list.position(), ids), false);
    }

    private void save(Watchlist list, boolean reloadRows) {
        model.selected.set(list);
        int i = indexOfList(list.id());
        if (i >= 0) model.lists.set(i, list);
        work.submit("Saving " + list.name(), p -> {
            watchlists.update(list);
            return list;
        }, saved -> {
            if (reloadRows) show(saved);
        });
    }

    private int indexOfList(long id) {
        for (int i = 0; i < model.lists.size(); i++) {
            if (model.lists.get(i).id() == id) return i;
        }
        return -1;
    }

    public void open(WatchlistRow row) {
        if (row != null) openChart.accept(row.instrument);
    }

    public void editAlerts(WatchlistRow row) {
        if (row == null) return;
        new AlertDialog(row.instrument, alerts, work, view.root().getScene() == null ? null : view.root().getScene().getWindow()).show();
    }

    public void refreshNow() {
        refreshNow.run();
    }

    static String price(double v) {
        if (Double.isNaN(v)) return "";
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.2f", v)
                : Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
