package dev.meridian.app.window;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores the main window's placement at start and records it when the window closes. */
public final class WindowMemory {

    private final MachinePreferences preferences;

    public WindowMemory(MachinePreferences preferences) {
        this.preferences = preferences;
    }

    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(Screen.getPrimary())) screens.add(s.getVisualBounds());
        }
        WindowState state = WindowPlacement.place(preferences.windowState(), screens, defaultWidth, defaultHeight);
        stage.setX(state.x());
        stage.setY(state.y());
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setMaximized(state.maximized());
    }

    /** Remembers the normal (un-maximized) bounds so that un-maximizing next time restores them. */
    public void remember(Stage stage) {
        WindowState previous = preferences.windowState().orElse(null);
        boolean max = stage.isMaximized();
        WindowState state = max && previous != null
                ? new WindowState(previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), max);
        preferences.setWindowState(state);
        preferences.save();
    }
}
