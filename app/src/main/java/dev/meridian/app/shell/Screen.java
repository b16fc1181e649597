package dev.meridian.app.shell;

import java.util.List;
import javafx.scene.Parent;

/**
 * A screen's controller as the shell sees it: a view to show, hooks for when it becomes visible or
 * hidden, and actions the shell offers while it is active (shortcuts and palette entries).
 */
public interface Screen {

    Parent view();

    /** Called each time the screen is shown; a good moment to (re)load data in the background. */
    default void onActivate() {
    }

    default void onDeactivate() {
    }

    /** Actions that belong to this screen, active only while it is shown. */
    default List<ScreenAction> actions() {
        return List.of();
    }

    /** Drops loaded data; called when the vault locks. */
    default void dispose() {
    }
}
