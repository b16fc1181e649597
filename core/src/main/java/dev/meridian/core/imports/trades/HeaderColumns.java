package dev.meridian.core.imports.trades;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A broker file's header: columns by name (case-insensitive), and the currency that belongs to a column. */
final class HeaderColumns {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private final List<String> header;

    HeaderColumns(List<String> header) {
        this.header = header.stream().map(String::strip).toList();
    }

    List<String> names() {
        return header;
    }

    /** Index of the first column whose name equals one of {@code names}, or -1. */
    int find(String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(n)) return i;
            }
        }
        return -1;
    }

    /** Index of the first column whose name starts with {@code prefix}, or -1. */
    int startingWith(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).startsWith(p)) return i;
        }
        return -1;
    }

    /**
     * Where the currency of column {@code col} is: a code at the end of its name ("Total EUR") gives
     * that code; an unnamed column right after it holds it per row.
     */
    Currency currencyOf(int col) {
        if (col < 0) return new Currency(null, -1);
        String name = header.get(col);
        int space = name.lastIndexOf(' ');
        if (space > 0 && CODE.matcher(name.substring(space + 1)).matches()) return new Currency(name.substring(space + 1), -1);
        if (col + 1 < header.size() && header.get(col + 1).isEmpty()) return new Currency(null, col + 1);
        return new Currency(null, -1);
    }

    String label(int col) {
        if (col < 0 || col >= header.size()) return "column " + (col + 1);
        return header.get(col).isEmpty() ? "column " + (col + 1) : header.get(col);
    }

    record Currency(String fixed, int column) {
        String of(dev.meridian.core.imports.csv.CsvRecord r) {
            if (fixed != null) return fixed;
            if (column < 0) return null;
            String v = r.get(column).strip();
            return v.isEmpty() ? null : v.toUpperCase(Locale.ROOT);
        }
    }
}
