package dev.meridian.app.imports;

import dev.meridian.core.imports.csv.ColumnRef;
import java.util.ArrayList;
import java.util.List;

/** An entry of a column combo box: a 0-based column index (-1 = not mapped) and how it is shown. */
record ColumnChoice(int index, String label) {

    static final ColumnChoice NONE = new ColumnChoice(-1, "—");

    static List<ColumnChoice> of(List<String> header, int width) {
        List<ColumnChoice> choices = new ArrayList<>();
        choices.add(NONE);
        for (int i = 0; i < width; i++) {
            String name = i < header.size() && !header.get(i).isBlank() ? header.get(i).strip() : "Column " + (i + 1);
            choices.add(new ColumnChoice(i, (i + 1) + ": " + name));
        }
        return choices;
    }

    ColumnRef ref() {
        return index < 0 ? null : ColumnRef.at(index);
    }

    @Override
    public String toString() {
        return label;
    }
}
