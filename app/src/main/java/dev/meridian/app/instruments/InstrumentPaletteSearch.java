package dev.meridian.app.instruments;

import dev.meridian.app.palette.PaletteItem;
import dev.meridian.app.palette.PaletteSearch;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.repo.InstrumentRepository;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Offers the vault's instruments in the command palette: each as its card and as "open chart". */
public final class InstrumentPaletteSearch implements PaletteSearch {

    static final int LIMIT = 8;

    private final InstrumentRepository instruments;
    private final Consumer<Instrument> open;
    private final Consumer<Instrument> openChart;

    public InstrumentPaletteSearch(InstrumentRepository instruments, Consumer<Instrument> open, Consumer<Instrument> openChart) {
        this.instruments = instruments;
        this.open = open;
        this.openChart = openChart;
    }

    @Override
    public List<PaletteItem> search(String query) {
        return instruments.search(query, LIMIT).stream()
                .flatMap(i -> Stream.of(
                        new PaletteItem(i.symbol() + " — " + i.name(), "Instrument", "", () -> open.accept(i)),
                        new PaletteItem("Open chart: " + i.symbol(), "Chart", "", () -> openChart.accept(i))))
                .toList();
    }
}
