package dev.meridian.app.shell;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/** An action a screen offers: a title for the palette, an optional shortcut, and what it does. */
public record ScreenAction(String title, KeyCombination shortcut, Runnable run) {
    public ScreenAction {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(run, "run");
    }
}
