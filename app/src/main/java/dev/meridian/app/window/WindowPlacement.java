package dev.meridian.app.window;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Puts a remembered window back where the user can see it. Screens change between runs (a laptop
 * leaves its monitor behind), so a saved state is clamped to the visible screens: too large shrinks,
 * off-screen moves back, and with nothing usable it is centred on the primary screen.
 */
public final class WindowPlacement {

    /** How much of the title-bar area must stay on a screen for the window to be reachable. */
    static final double MIN_VISIBLE = 80;

    private WindowPlacement() {
    }

    /**
     * @param saved    the remembered state, if any
     * @param screens  visual bounds of the current screens; the first is the primary one
     * @param fallback preferred size when nothing is remembered
     */
    public static WindowState place(Optional<WindowState> saved, List<Rectangle2D> screens, double fallbackWidth, double fallbackHeight) {
        if (screens.isEmpty()) throw new IllegalArgumentException("At least one screen is needed");
        Rectangle2D primary = screens.getFirst();
        if (saved.isEmpty()) return centred(primary, fallbackWidth, fallbackHeight, false);

        WindowState s = saved.get();
        Rectangle2D home = screens.stream()
                .filter(b -> overlap(b, s) >= MIN_VISIBLE * MIN_VISIBLE / 4 && titleReachable(b, s))
                .max((a, b) -> Double.compare(overlap(a, s), overlap(b, s)))
                .orElse(null);
        if (home == null) return centred(primary, s.width(), s.height(), s.maximized());

        double width = Math.min(s.width(), home.getWidth());
        double height = Math.min(s.height(), home.getHeight());
        double x = clamp(s.x(), home.getMinX(), home.getMaxX() - width);
        double y = clamp(s.y(), home.getMinY(), home.getMaxY() - height);
        return new WindowState(x, y, width, height, s.maximized());
    }

    private static WindowState centred(Rectangle2D screen, double width, double height, boolean maximized) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new WindowState(
                screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2,
                w, h, maximized);
    }

    private static boolean titleReachable(Rectangle2D screen, WindowState s) {
        double titleVisibleWidth = Math.min(s.x() + s.width(), screen.getMaxX()) - Math.max(s.x(), screen.getMinX());
        return s.y() >= screen.getMinY() - MIN_VISIBLE / 2 && s.y() < screen.getMaxY() - MIN_VISIBLE / 2
                && titleVisibleWidth >= MIN_VISIBLE;
    }

    private static double overlap(Rectangle2D screen, WindowState s) {
        double w = Math.min(s.x() + s.width(), screen.getMaxX()) - Math.max(s.x(), screen.getMinX());
        double h = Math.min(s.y() + s.height(), screen.getMaxY()) - Math.max(s.y(), screen.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
