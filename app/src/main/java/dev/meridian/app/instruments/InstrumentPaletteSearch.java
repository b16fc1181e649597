package dev.meridian.app.instruments;

import dev.meridian.app.palette.PaletteItem;
import dev.meridian.app.palette.PaletteSearch;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.repo.InstrumentRepository;
import java.util.List;
import java.util.function.Consumer;

/** Offers the vault's instruments in the command palette; choosing one shows its card. */
public final class InstrumentPaletteSearch implements PaletteSearch {

    static final int LIMIT = 8;

    private final InstrumentRepository instruments;
    private final Consumer<Instrument> open;

    public InstrumentPaletteSearch(InstrumentRepository instruments, Consumer<Instrument> open) {
        this.instruments = instruments;
        this.open = open;
    }

    @Override
    public List<PaletteItem> search(String query) {
        return instruments.search(query, LIMIT).stream()
                .map(i -> new PaletteItem(i.symbol() + " — " + i.name(), "Instrument", "", () -> open.accept(i)))
                .toList();
    }
}
