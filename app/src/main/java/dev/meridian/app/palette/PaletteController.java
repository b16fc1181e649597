package dev.meridian.app.palette;

import dev.meridian.app.work.BackgroundWork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Parent;

/**
 * Ctrl+K: a fuzzy filter over screens and actions, plus vault items (instruments) searched in the
 * background as the user types. Enter runs the selected item and closes the palette; Esc closes it.
 */
public final class PaletteController {

    static final int MAX_MATCHES = 30;
    private static final int MIN_SEARCH_LENGTH = 1;

    private final PaletteModel model = new PaletteModel();
    private final PaletteView view;
    private final Supplier<List<PaletteItem>> fixedItems;
    private final PaletteSearch search;
    private final BackgroundWork work;
    private List<PaletteItem> searched = List.of();
    private Task<List<PaletteItem>> pendingSearch;

    /** @param search vault-backed items for a query; null when the vault offers none */
    public PaletteController(Supplier<List<PaletteItem>> fixedItems, PaletteSearch search, BackgroundWork work) {
        this.fixedItems = fixedItems;
        this.search = search;
        this.work = work;
        this.view = new PaletteView(model, this);
        model.query.addListener((obs, old, now) -> onQueryChanged(now));
    }

    public Parent view() {
        return view.root();
    }

    public PaletteModel model() {
        return model;
    }

    public void open() {
        model.query.set("");
        searched = List.of();
        rank();
        model.open.set(true);
        view.focusQuery();
    }

    public void close() {
        if (pendingSearch != null) pendingSearch.cancel();
        model.open.set(false);
    }

    void run(PaletteItem item) {
        if (item == null) return;
        close();
        item.action().run();
    }

    private void onQueryChanged(String query) {
        rank();
        if (search == null) return;
        if (pendingSearch != null) pendingSearch.cancel();
        if (query.strip().length() < MIN_SEARCH_LENGTH) {
            searched = List.of();
            return;
        }
        pendingSearch = work.submit("Searching instruments", p -> search.search(query.strip()), found -> {
            if (!query.equals(model.query.get())) return;
            searched = found;
            rank();
        });
    }

    private void rank() {
        String query = model.query.get();
        List<PaletteItem> all = new ArrayList<>(fixedItems.get());
        all.addAll(searched);
        record Scored(PaletteItem item, int score) { }
        List<PaletteItem> ranked = all.stream()
                .map(i -> new Scored(i, Math.max(FuzzyMatch.score(query, i.title()),
                        i.kind().equals("Instrument") && !query.isBlank() ? 1 : FuzzyMatch.NO_MATCH)))
                .filter(s -> s.score() != FuzzyMatch.NO_MATCH)
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(MAX_MATCHES)
                .map(Scored::item)
                .toList();
        model.matches.setAll(ranked);
    }
}
