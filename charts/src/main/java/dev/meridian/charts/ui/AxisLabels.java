package dev.meridian.charts.ui;

import dev.meridian.charts.model.PriceFormat;
import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/** Y-axis labels of the price pane: plain prices (never scientific notation) or, in comparison mode, percentages. */
final class AxisLabels extends StringConverter<Number> {

    static final AxisLabels PRICE = new AxisLabels(PriceFormat::axis);
    static final AxisLabels PERCENT = new AxisLabels(PriceFormat::percent);

    private final DoubleFunction<String> format;

    private AxisLabels(DoubleFunction<String> format) {
        this.format = format;
    }

    @Override
    public String toString(Number n) {
        return format.apply(n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
        return Double.parseDouble(s.replace(",", "").replace("%", "").replace("+", "").trim());
    }
}
