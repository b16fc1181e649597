package dev.meridian.app.theme;

import java.util.Arrays;
import java.util.Optional;

/** What the user picked in Settings; {@link #SYSTEM} follows the operating system's colour scheme. */
public enum ThemeChoice {
    LIGHT("Light"),
    DARK("Dark"),
    SYSTEM("Follow system");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a stored setting; unknown or missing values give empty, never an exception. */
    public static Optional<ThemeChoice> parse(String stored) {
        if (stored == null) return Optional.empty();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(stored.trim())).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
