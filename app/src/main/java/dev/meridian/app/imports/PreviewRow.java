package dev.meridian.app.imports;

import dev.meridian.core.imports.ImportPreview;
import dev.meridian.core.imports.ImportRow;
import dev.meridian.core.imports.RowError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of the wizard's preview table: a parsed row with what will happen to it, or an error. */
record PreviewRow(long line, String date, String amount, String payee, String detail, String status, boolean error) {

    /** Rows shown at most; the summary counts all of them. */
    static final int LIMIT = 2_000;

    /** Errors first (they block the import), then rows in file order. */
    static List<PreviewRow> of(ImportPreview preview) {
        List<PreviewRow> rows = new ArrayList<>();
        for (RowError e : preview.errors()) {
            rows.add(new PreviewRow(e.line(), "", "", e.column() == null ? "" : e.column(), e.message(), "Error", true));
            if (rows.size() >= LIMIT) return rows;
        }
        List<ImportRow> sorted = new ArrayList<>(preview.rows());
        sorted.sort(Comparator.comparingLong(ImportRow::line));
        for (ImportRow r : sorted) {
            if (rows.size() >= LIMIT) break;
            var t = r.transaction();
            String who = r.instrumentSymbol() != null ? r.instrumentSymbol() : t.payee() == null ? "" : t.payee();
            String detail = t.type() + (t.description() == null ? "" : " · " + t.description());
            rows.add(new PreviewRow(r.line(), t.date().toString(), t.amount().amount().toPlainString() + " " + t.amount().currency(),
                    who, detail, r.status().label(), false));
        }
        return rows;
    }
}
