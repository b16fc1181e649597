package dev.meridian.charts.model;

import java.util.List;

/** What the crosshair legend shows for one bar. */
public record LegendValues(int index, String time, double open, double high, double low, double close, double volume,
                           double changePercent, List<Entry> lines) {

    public LegendValues {
        lines = List.copyOf(lines);
    }

    public record Entry(String name, double value, String color) {
    }

    /** "O 1.00 H 2.00 L 0.50 C 1.50 V 1.20K +3.45%" */
    public String ohlcvText() {
        return "O " + PriceFormat.price(open) + "  H " + PriceFormat.price(high) + "  L " + PriceFormat.price(low)
                + "  C " + PriceFormat.price(close) + "  V " + PriceFormat.volume(volume) + "  " + PriceFormat.percent(changePercent);
    }

    public double valueOf(String name) {
        for (Entry e : lines) if (e.name().equals(name)) return e.value();
        throw new IllegalArgumentException("No legend line named '" + name + "'");
    }
}
