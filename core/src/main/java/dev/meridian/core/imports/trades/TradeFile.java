package dev.meridian.core.imports.trades;

import dev.meridian.core.imports.RowError;
import java.util.List;

/** What a broker file held: the rows read, the rows that could not be, and how many were deliberately ignored. */
public record TradeFile(String format, List<TradeRow> rows, List<RowError> errors, int ignored) {

    public TradeFile {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
