package dev.meridian.app.shell;

import java.util.Objects;
import java.util.function.Supplier;
import org.kordamp.ikonli.Ikon;

/**
 * One sidebar entry: a stable id, the title users see, an icon, and how to build the screen (built
 * on first visit, then kept until the vault locks).
 */
public record ScreenEntry(String id, String title, Ikon icon, Supplier<Screen> factory) {
    public ScreenEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(factory, "factory");
    }
}
