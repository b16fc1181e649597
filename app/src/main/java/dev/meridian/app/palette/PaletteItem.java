package dev.meridian.app.palette;

import java.util.Objects;

/**
 * One thing the command palette can do: go to a screen, run an action, open an instrument.
 * {@code kind} groups it ("Screen", "Action", "Instrument"); {@code shortcut} is shown, may be empty.
 */
public record PaletteItem(String title, String kind, String shortcut, Runnable action) {

    public PaletteItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        if (shortcut == null) shortcut = "";
    }
}
