package dev.meridian.app.shell;

import dev.meridian.app.palette.PaletteController;
import dev.meridian.app.palette.PaletteItem;
import dev.meridian.app.palette.PaletteSearch;
import dev.meridian.app.theme.Themes;
import dev.meridian.app.undo.UndoStack;
import dev.meridian.app.work.BackgroundWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/**
 * The main window's controller: switches screens, owns the command palette, and turns global
 * shortcuts (Ctrl+K, Ctrl+1..9, Ctrl+L, Ctrl+Z) and the active screen's shortcuts into actions.
 */
public final class ShellController {

    private final ShellModel model;
    private final ShellView view;
    private final Themes themes;
    private final UndoStack undo;
    private final Runnable onLock;
    private final PaletteController palette;
    private final Map<String, Screen> built = new HashMap<>();

    public ShellController(List<ScreenEntry> entries, String vaultName, boolean demo, BackgroundWork work,
                           Themes themes, UndoStack undo, PaletteSearch vaultSearch, Runnable onLock) {
        if (entries.isEmpty()) throw new IllegalArgumentException("The shell needs at least one screen");
        this.model = new ShellModel(entries, vaultName, demo);
        this.themes = themes;
        this.undo = undo;
        this.onLock = onLock;
        this.palette = new PaletteController(this::paletteItems, vaultSearch, work);
        this.view = new ShellView(model, this, work, themes, palette.view());
        work.setFailureSink(failure -> model.failure.set(failure.message()));
        show(entries.getFirst().id());
    }

    public Parent view() {
        return view.root();
    }

    public ShellModel model() {
        return model;
    }

    public PaletteController palette() {
        return palette;
    }

    /** Shows the screen with {@code id}, building it on first visit; unknown ids are ignored. */
    public void show(String id) {
        ScreenEntry entry = model.entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (entry == null || entry.equals(model.active.get())) return;
        Screen previous = model.activeScreen.get();
        if (previous != null) previous.onDeactivate();
        Screen next = built.computeIfAbsent(id, key -> entry.factory().get());
        model.active.set(entry);
        model.activeScreen.set(next);
        next.onActivate();
    }

    /** Ctrl+1..9: the n-th sidebar entry (1-based). */
    public void showIndex(int oneBased) {
        if (oneBased < 1 || oneBased > model.entries.size()) return;
        show(model.entries.get(oneBased - 1).id());
    }

    public void openPalette() {
        palette.open();
    }

    public void lock() {
        onLock.run();
    }

    public void toggleTheme() {
        themes.toggle();
    }

    public void undo() {
        undo.undo();
    }

    void dismissFailure() {
        model.failure.set("");
    }

    /** Handles a key press that no control consumed; returns true when it was a shortcut. */
    boolean onKey(KeyEvent e) {
        if (Shortcuts.PALETTE.match(e)) {
            openPalette();
            return true;
        }
        if (Shortcuts.LOCK.match(e)) {
            lock();
            return true;
        }
        if (Shortcuts.UNDO.match(e)) {
            undo();
            return true;
        }
        int screen = Shortcuts.screenNumber(e);
        if (screen > 0) {
            showIndex(screen);
            return true;
        }
        Screen active = model.activeScreen.get();
        if (active == null) return false;
        for (ScreenAction action : active.actions()) {
            if (action.shortcut() != null && action.shortcut().match(e)) {
                action.run().run();
                return true;
            }
        }
        return false;
    }

    /** Everything the palette can offer without searching the vault. */
    List<PaletteItem> paletteItems() {
        List<PaletteItem> items = new ArrayList<>();
        for (int i = 0; i < model.entries.size(); i++) {
            ScreenEntry entry = model.entries.get(i);
            String key = i < 9 ? Shortcuts.screenShortcutText(i + 1) : "";
            items.add(new PaletteItem(entry.title(), "Screen", key, () -> show(entry.id())));
        }
        Screen active = model.activeScreen.get();
        if (active != null) {
            for (ScreenAction action : active.actions()) {
                String key = action.shortcut() == null ? "" : action.shortcut().getDisplayText();
                items.add(new PaletteItem(action.title(), "Action", key, action.run()));
            }
        }
        items.add(new PaletteItem("Toggle theme", "Action", "", this::toggleTheme));
        if (undo.canUndo()) {
            items.add(new PaletteItem(undo.nextUndoProperty().get(), "Action", Shortcuts.UNDO.getDisplayText(), this::undo));
        }
        items.add(new PaletteItem("Lock vault", "Action", Shortcuts.LOCK.getDisplayText(), this::lock));
        return items;
    }

    /** Tells every built screen to drop its data; the shell is unusable afterwards. */
    public void dispose() {
        palette.close();
        Screen active = model.activeScreen.get();
        if (active != null) active.onDeactivate();
        built.values().forEach(Screen::dispose);
        built.clear();
        model.activeScreen.set(null);
    }
}
