package dev.meridian.charts.model;

import java.util.List;

/** What the crosshair legend shows for one bar; {@code heikinAshi} when open to close are the Heikin-Ashi candle's. */
public record LegendValues(int index, String time, double open, double high, double low, double close, double volume,
                           double changePercent, boolean heikinAshi, List<Entry> lines) {

    public LegendValues {
        lines = List.copyOf(lines);
    }

    public record Entry(String name, double value, String color) {
    }

    /** "O 1.00 H 2.00 L 0.50 C 1.50 V 1.20K +3.45%", led by "HA" for Heikin-Ashi values. */
    public String ohlcvText() {
        return (heikinAshi ? "HA  " : "") + "O " + PriceFormat.price(open) + "  H " + PriceFormat.price(high) + "  L " + PriceFormat.price(low)
                + "  C " + PriceFormat.price(close) + "  V " + PriceFormat.volume(volume) + "  " + PriceFormat.percent(changePercent);
    }

    public double valueOf(String name) {
        for (Entry e : lines) if (e.name().equals(name)) return e.value();
        throw new IllegalArgumentException("No legend line named '" + name + "'");
    }
}
