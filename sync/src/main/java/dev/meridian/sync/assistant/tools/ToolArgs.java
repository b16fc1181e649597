package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads a tool's JSON arguments; each bad value fails with the argument's name and what was expected. */
final class ToolArgs {

    private final String tool;
    private final JsonNode args;

    ToolArgs(String tool, JsonNode args) {
        this.tool = tool;
        this.args = args == null ? Json.object() : args;
    }

    String text(String name) {
        JsonNode n = args.get(name);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText().strip();
    }

    String requiredText(String name) {
        String v = text(name);
        if (v == null) throw bad(name, "is required");
        return v;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(name, "must be a date like 2026-03-31, got '" + v + "'");
        }
    }

    YearMonth month(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(name, "must be a month like 2026-03, got '" + v + "'");
        }
    }

    BigDecimal decimal(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw bad(name, "must be a number, got '" + v + "'");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) return fallback;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw bad(name, "must be between " + min + " and " + max + ", got " + i);
            return i;
        } catch (NumberFormatException e) {
            throw bad(name, "must be a whole number, got '" + v + "'");
        }
    }

    IllegalArgumentException bad(String name, String problem) {
        return new IllegalArgumentException(tool + ": argument '" + name + "' " + problem);
    }
}
