package dev.meridian.app.window;

/** Where the main window was and how big, in screen coordinates. */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    public WindowState {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("Window size must be positive, was " + width + "x" + height);
        }
    }
}
