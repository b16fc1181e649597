package dev.meridian.app.window;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Per-machine (not per-vault) preferences in a small properties file under the user's config
 * directory: the window's placement and the last theme, so the unlock screen already looks right.
 * Never holds anything from inside a vault.
 */
public final class MachinePreferences {

    private static final Logger LOG = System.getLogger(MachinePreferences.class.getName());
    private static final String FILE_NAME = "machine.properties";

    private final Path file;
    private final Properties values = new Properties();

    public MachinePreferences(Path directory) {
        this.file = directory.resolve(FILE_NAME);
        load();
    }

    public Optional<WindowState> windowState() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            boolean max = Boolean.parseBoolean(values.getProperty("window.maximized"));
            return Optional.of(new WindowState(x, y, w, h, max));
        } catch (RuntimeException missingOrBroken) {
            return Optional.empty();
        }
    }

    public void setWindowState(WindowState state) {
        values.setProperty("window.x", Double.toString(state.x()));
        values.setProperty("window.y", Double.toString(state.y()));
        values.setProperty("window.width", Double.toString(state.width()));
        values.setProperty("window.height", Double.toString(state.height()));
        values.setProperty("window.maximized", Boolean.toString(state.maximized()));
    }

    public Optional<String> lastTheme() {
        return Optional.ofNullable(values.getProperty("theme"));
    }

    public void setLastTheme(String theme) {
        values.setProperty("theme", theme);
    }

    /** Writes atomically; a failure is logged, never fatal: losing window placement is harmless. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Meridian machine preferences");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save machine preferences to " + file, e);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) return;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable machine preferences " + file, e);
        }
    }
}
