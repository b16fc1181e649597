package dev.meridian.core.imports;

import dev.meridian.core.domain.Instrument;
import java.util.List;

/**
 * Everything an import would do, computed without writing: every row with its status, every row that
 * could not be read, and the instruments it would create (trades; until written they carry negative temporary ids
 * the rows refer to). An import with errors writes nothing.
 */
public record ImportPreview(String source, String fileName, long accountId, List<ImportRow> rows, List<RowError> errors,
                            List<Instrument> newInstruments) {

    public ImportPreview {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        newInstruments = List.copyOf(newInstruments);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int newCount() {
        return (int) rows.stream().filter(r -> r.status().written()).count();
    }

    public int duplicateCount() {
        return rows.size() - newCount();
    }

    public List<ImportRow> toWrite() {
        return rows.stream().filter(r -> r.status().written()).toList();
    }

    /** One sentence for the confirm step. */
    public String summary() {
        if (hasErrors()) {
            return errors.size() + (errors.size() == 1 ? " row has an error" : " rows have errors") + ": fix the mapping or the file; nothing will be written.";
        }
        String s = newCount() + " new, " + duplicateCount() + " duplicate" + (duplicateCount() == 1 ? "" : "s") + " skipped";
        return newInstruments.isEmpty() ? s : s + ", " + newInstruments.size() + " new instrument" + (newInstruments.size() == 1 ? "" : "s");
    }
}
