package dev.meridian.app.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One indicator with its parameters, e.g. SMA(20) or MACD(12,26,9). Periods are whole numbers of at least 1;
 * Bollinger's width is a positive number. The label doubles as the line or band name on the chart.
 */
public record IndicatorSpec(IndicatorKind kind, List<Double> parameters) {

    static final int MAX_PERIOD = 5000;

    public IndicatorSpec {
        Objects.requireNonNull(kind, "kind");
        parameters = List.copyOf(parameters);
        if (parameters.size() != kind.parameterNames().size()) {
            throw new IllegalArgumentException(kind.title() + " takes " + kind.parameterNames().size() + " parameter(s) ("
                    + String.join(", ", kind.parameterNames()) + "), got " + parameters.size());
        }
        for (int i = 0; i < parameters.size(); i++) {
            String name = kind.parameterNames().get(i);
            double v = parameters.get(i);
            boolean period = !name.equals("width");
            if (!Double.isFinite(v) || v <= 0) {
                throw new IllegalArgumentException(kind.title() + " " + name + " must be a positive number, was " + format(v));
            }
            if (period && (v != Math.rint(v) || v > MAX_PERIOD)) {
                throw new IllegalArgumentException(kind.title() + " " + name + " must be a whole number from 1 to " + MAX_PERIOD
                        + ", was " + format(v));
            }
        }
        if (kind == IndicatorKind.MACD && parameters.get(0) >= parameters.get(1)) {
            throw new IllegalArgumentException("MACD fast period must be shorter than the slow one");
        }
    }

    public static IndicatorSpec withDefaults(IndicatorKind kind) {
        return new IndicatorSpec(kind, kind.defaults());
    }

    /** Parses a comma-separated parameter list such as "12, 26, 9" for {@code kind}. */
    public static IndicatorSpec parse(IndicatorKind kind, String text) {
        if (text == null || text.isBlank()) return withDefaults(kind);
        List<Double> values = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                values.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(kind.title() + " parameter '" + part.trim() + "' is not a number");
            }
        }
        return new IndicatorSpec(kind, values);
    }

    public int period(int index) {
        return (int) Math.round(parameters.get(index));
    }

    /** The parameters as typed: "12,26,9" or "20,2". */
    public String parameterText() {
        return parameters.stream().map(IndicatorSpec::format).collect(Collectors.joining(","));
    }

    /** "SMA(20)", "Bollinger(20,2)": unique per kind and parameters, used as the chart line name. */
    public String label() {
        return kind.title() + "(" + parameterText() + ")";
    }

    private static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
