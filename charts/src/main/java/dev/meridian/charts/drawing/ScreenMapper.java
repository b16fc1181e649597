package dev.meridian.charts.drawing;

/** Converts anchor coordinates to pixels of the price plot (implemented by the chart). */
public interface ScreenMapper {
    double x(long time);

    double y(double price);

    /** Left edge of the plot in pixels. */
    double left();

    /** Right edge of the plot in pixels. */
    double right();
}
