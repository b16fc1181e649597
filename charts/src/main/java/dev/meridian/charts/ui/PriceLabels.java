package dev.meridian.charts.ui;

import dev.meridian.charts.model.PriceFormat;
import javafx.util.StringConverter;

/** Y-axis labels of the price pane in price mode: plain grouped numbers, never scientific notation. */
final class PriceLabels extends StringConverter<Number> {

    static final PriceLabels INSTANCE = new PriceLabels();

    @Override
    public String toString(Number n) {
        return PriceFormat.axis(n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
        return Double.parseDouble(s.replace(",", "").trim());
    }
}
