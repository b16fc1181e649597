package dev.meridian.core.domain;

import java.time.Instant;

/**
 * A user drawing on an instrument's chart. {@code anchors} holds the points as
 * "epochMillis:price;epochMillis:price"; {@code text} is used by TEXT notes; {@code style} is a
 * small "key=value;…" string (colour, width).
 */
public record ChartDrawing(long id, long instrumentId, DrawingKind kind, String anchors, String text, String style, Instant updatedAt) {
    public ChartDrawing withId(long newId) {
        return new ChartDrawing(newId, instrumentId, kind, anchors, text, style, updatedAt);
    }
}
