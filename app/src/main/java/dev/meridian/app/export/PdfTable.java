package dev.meridian.app.export;

import java.util.List;

/**
 * A table for a PDF report: a title, column headers, relative column widths, which columns are
 * numbers (right-aligned), and the rows as already formatted text.
 */
public record PdfTable(String title, List<String> header, float[] widths, boolean[] numeric, List<List<String>> rows) {
    public PdfTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        if (widths.length != header.size() || numeric.length != header.size()) {
            throw new IllegalArgumentException("Table '" + title + "': widths and alignment must match the " + header.size() + " columns");
        }
    }
}
