package dev.meridian.core.imports.csv;

import java.util.List;

/** One CSV record: the 1-based line it starts on (records may span lines) and its fields. */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or "" when the record is shorter. */
    public String get(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    public int size() {
        return fields.size();
    }

    /** True for a record with no content (an empty line, or only empty fields). */
    public boolean isBlank() {
        for (String f : fields) {
            if (!f.isBlank()) return false;
        }
        return true;
    }
}
