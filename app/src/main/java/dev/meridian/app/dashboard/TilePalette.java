package dev.meridian.app.dashboard;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * Tile colours per theme. TilesFX paints with colours, not CSS, so the two palettes mirror the
 * AtlantaFX Primer light and dark backgrounds and text colours.
 */
enum TilePalette {
    LIGHT(Color.web("#f6f8fa"), Color.web("#1f2328"), Color.web("#59636e")),
    DARK(Color.web("#161b22"), Color.web("#e6edf3"), Color.web("#9198a1"));

    /** Slice colours of the allocation donut, in order. */
    static final List<Color> SLICES = List.of(Tile.BLUE, Tile.GREEN, Tile.ORANGE, Tile.MAGENTA, Tile.YELLOW, Tile.RED, Tile.LIGHT_GREEN,
            Tile.DARK_BLUE, Tile.PINK, Tile.GRAY);

    final Color background;
    final Color text;
    final Color muted;

    TilePalette(Color background, Color text, Color muted) {
        this.background = background;
        this.text = text;
        this.muted = muted;
    }

    static TilePalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    void apply(Tile tile) {
        tile.setBackgroundColor(background);
        tile.setTitleColor(muted);
        tile.setTextColor(text);
        tile.setForegroundColor(text);
        tile.setValueColor(text);
        tile.setUnitColor(muted);
    }
}
