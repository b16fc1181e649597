package dev.meridian.core.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where vaults live by default, following each OS's convention for per-user application data:
 * Linux {@code $XDG_DATA_HOME/meridian/vault} (else {@code ~/.local/share/meridian/vault}),
 * Windows {@code %APPDATA%\Meridian\vault}, macOS {@code ~/Library/Application Support/Meridian/vault}.
 * The demo vault is the sibling folder {@code demo-vault}.
 */
public final class VaultLocations {

    private final Path appDataDir;

    /** For tests: the OS name as in {@code os.name}, the environment and the home folder are given. */
    public VaultLocations(String osName, Map<String, String> env, Path home) {
        this.appDataDir = appDataDir(osName.toLowerCase(Locale.ROOT), env, home);
    }

    /** Locations for the running machine and user. */
    public static VaultLocations ofThisMachine() {
        return new VaultLocations(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folder holding Meridian's per-user data (the parent of both vault folders). */
    public Path appDataDir() {
        return appDataDir;
    }

    public Path defaultVault() {
        return appDataDir.resolve("vault");
    }

    public Path demoVault() {
        return appDataDir.resolve("demo-vault");
    }

    private static Path appDataDir(String os, Map<String, String> env, Path home) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Meridian");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Meridian");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("meridian");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
