package dev.meridian.app.settings;

import dev.meridian.app.theme.ThemeChoice;
import dev.meridian.core.repo.SettingsRepository;
import java.time.Duration;
import java.util.Optional;

/**
 * The app's typed view of a vault's settings table: theme and auto-lock. Blocking database calls:
 * use from background work only. Unreadable stored values fall back to the defaults.
 */
public final class VaultPreferences {

    static final String THEME = "ui.theme";
    static final String AUTO_LOCK_MINUTES = "security.autoLockMinutes";
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 15;
    public static final int MAX_AUTO_LOCK_MINUTES = 24 * 60;

    private final SettingsRepository settings;

    public VaultPreferences(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The vault's theme; empty when never chosen, so the machine's last theme stays. */
    public Optional<ThemeChoice> theme() {
        return settings.get(THEME).flatMap(ThemeChoice::parse);
    }

    public void setTheme(ThemeChoice choice) {
        settings.put(THEME, choice.name());
    }

    public int autoLockMinutes() {
        return settings.get(AUTO_LOCK_MINUTES).map(AutoLockMinutes::parse)
                .map(r -> r instanceof AutoLockMinutes.Valid v ? v.minutes() : DEFAULT_AUTO_LOCK_MINUTES)
                .orElse(DEFAULT_AUTO_LOCK_MINUTES);
    }

    public Duration autoLock() {
        return Duration.ofMinutes(autoLockMinutes());
    }

    public void setAutoLockMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_AUTO_LOCK_MINUTES) throw new IllegalArgumentException("Auto-lock minutes out of range: " + minutes);
        settings.put(AUTO_LOCK_MINUTES, Integer.toString(minutes));
    }
}
