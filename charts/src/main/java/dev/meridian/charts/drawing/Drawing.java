package dev.meridian.charts.drawing;

import dev.meridian.core.domain.DrawingKind;

import java.util.List;
import java.util.Objects;

/** One drawing on the chart; {@code id} is 0 until the store has saved it. */
public record Drawing(long id, DrawingKind kind, List<Anchor> anchors, String text, String style) {

    public Drawing {
        Objects.requireNonNull(kind, "kind");
        anchors = List.copyOf(anchors);
        text = text == null ? "" : text;
        style = style == null ? "" : style;
        int need = anchorCount(kind);
        if (anchors.size() != need) {
            throw new IllegalArgumentException(kind + " needs " + need + " anchor(s), got " + anchors.size());
        }
    }

    /** Clicks needed to create a drawing of this kind. */
    public static int anchorCount(DrawingKind kind) {
        return switch (kind) {
            case HORIZONTAL_LINE, TEXT -> 1;
            case TREND_LINE, RAY, RECTANGLE, FIBONACCI -> 2;
        };
    }

    public Drawing withId(long newId) {
        return new Drawing(newId, kind, anchors, text, style);
    }

    public Drawing withAnchors(List<Anchor> newAnchors) {
        return new Drawing(id, kind, newAnchors, text, style);
    }
}
