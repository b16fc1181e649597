package dev.meridian.charts.ui;

import dev.meridian.charts.model.PriceFormat;
import javafx.util.StringConverter;

/** Y-axis labels in percent-comparison mode. */
final class PercentLabels extends StringConverter<Number> {

    static final PercentLabels INSTANCE = new PercentLabels();

    @Override
    public String toString(Number n) {
        return PriceFormat.percent(n.doubleValue());
    }

    @Override
    public Number fromString(String s) {
        return Double.parseDouble(s.replace("%", "").replace("+", "").trim());
    }
}
