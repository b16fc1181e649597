package dev.meridian.core.imports;

import java.util.Objects;

/** A problem with one row of an import file: where (line and column) and what. */
public record RowError(long line, String column, String message) {

    public RowError {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        String where = "Line " + line + (column == null || column.isBlank() ? "" : ", column '" + column + "'");
        return where + ": " + message;
    }
}
