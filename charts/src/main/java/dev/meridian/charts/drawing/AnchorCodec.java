package dev.meridian.charts.drawing;

import java.util.ArrayList;
import java.util.List;

/** Anchors as stored in {@code ChartDrawing.anchors}: "epochMillis:price;epochMillis:price". */
public final class AnchorCodec {

    private AnchorCodec() {
    }

    public static String format(List<Anchor> anchors) {
        StringBuilder sb = new StringBuilder();
        for (Anchor a : anchors) {
            if (!sb.isEmpty()) sb.append(';');
            sb.append(a.time()).append(':').append(Double.toString(a.price()));
        }
        return sb.toString();
    }

    public static List<Anchor> parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Drawing anchors are empty");
        List<Anchor> out = new ArrayList<>();
        String[] parts = text.split(";");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            int colon = p.indexOf(':');
            if (colon <= 0 || colon == p.length() - 1) {
                throw new IllegalArgumentException("Anchor " + (i + 1) + " '" + p + "' is not 'epochMillis:price'");
            }
            try {
                out.add(new Anchor(Long.parseLong(p.substring(0, colon)), Double.parseDouble(p.substring(colon + 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Anchor " + (i + 1) + " '" + p + "' has a malformed number", e);
            }
        }
        return List.copyOf(out);
    }
}
