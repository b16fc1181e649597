package dev.meridian.core.imports.csv;

import java.util.List;

/**
 * A column chosen by its header name (case-insensitive, surrounding spaces ignored) or by its 0-based
 * index, for files without a header or with repeated or empty header cells.
 */
public record ColumnRef(String name, int index) {

    public ColumnRef {
        if (name == null && index < 0) throw new IllegalArgumentException("A column needs a name or an index");
    }

    public static ColumnRef named(String name) {
        return new ColumnRef(name, -1);
    }

    public static ColumnRef at(int index) {
        return new ColumnRef(null, index);
    }

    /** The column's index in {@code header}, or -1 when a named column is absent. */
    public int resolve(List<String> header) {
        if (name == null) return index;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) return i;
        }
        return -1;
    }

    /** How errors name the column: its header when known, else "column N" (1-based). */
    public String label(List<String> header) {
        if (name != null) return name;
        if (header != null && index < header.size() && !header.get(index).isBlank()) return header.get(index).strip();
        return "column " + (index + 1);
    }
}
