package dev.meridian.charts.ui;

import io.fair_acc.chartfx.axes.Axis;

/**
 * Pixel mapping of one band's plot area in the coordinates of the {@link CandleChart}: the canvas origin
 * plus ChartFX's own axis transforms (the same ones the renderers draw with), valid after layout.
 */
record PlotMapping(double left, double top, double width, double height, Axis xAxis, Axis yAxis) {

    double first() {
        return xAxis.getValueForDisplay(0);
    }

    double last() {
        return xAxis.getValueForDisplay(width);
    }

    double x(double index) {
        return left + xAxis.getDisplayPosition(index);
    }

    double index(double px) {
        return xAxis.getValueForDisplay(px - left);
    }

    double y(double value) {
        return top + yAxis.getDisplayPosition(value);
    }

    double value(double py) {
        return yAxis.getValueForDisplay(py - top);
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
