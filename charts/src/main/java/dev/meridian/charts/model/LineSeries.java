package dev.meridian.charts.model;

import java.util.Objects;

/**
 * A named value per bar (an overlay such as SMA(20), or an indicator line). {@code values[i]} belongs to
 * bar {@code i}; NaN marks bars without a value (warm-up). {@code color} is a CSS colour.
 */
public record LineSeries(String name, double[] values, String color) {
    public LineSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values of " + name);
        Objects.requireNonNull(color, "color of " + name);
        if (name.isBlank()) throw new IllegalArgumentException("A line series needs a name");
    }

    public double valueAt(int index) {
        return index >= 0 && index < values.length ? values[index] : Double.NaN;
    }
}
