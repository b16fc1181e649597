package dev.meridian.charts.ui;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.charts.axis.CalendarTicks;
import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import javafx.util.StringConverter;

/**
 * The bar-index x axis: its major ticks (and so the vertical grid lines) are the calendar boundaries chosen by
 * {@link BarTimeLabels}, not ChartFX's evenly spaced numbers, and it labels them with the boundary they mark.
 */
final class BarTimeAxis extends DefaultNumericAxis {

    private final BarTimeLabels labels;

    BarTimeAxis(BarTimeLabels labels) {
        this.labels = labels;
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return labels.label(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new IllegalArgumentException("Time labels are not parsed: '" + s + "'");
            }
        });
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList ticks) {
        ticks.clear();
        for (CalendarTicks.Tick t : labels.ticks()) {
            if (t.index() >= range.getMin() && t.index() <= range.getMax()) ticks.add(t.index());
        }
    }

    @Override
    protected void calculateMinorTickValues(DoubleArrayList ticks) {
        ticks.clear();
    }
}
