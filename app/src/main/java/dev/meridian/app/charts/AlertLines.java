package dev.meridian.app.charts;

import dev.meridian.charts.model.LineSeries;
import dev.meridian.charts.ui.CandleChart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Price alerts on the chart: one flat overlay line per level, replaced whenever the levels change. */
final class AlertLines {

    static final String PREFIX = "Alert ";
    static final String COLOR = "#d29922";

    private AlertLines() {
    }

    static void show(CandleChart chart, List<Double> levels) {
        if (chart == null) return;
        List<String> shown = new ArrayList<>(chart.getProperties().containsKey(PREFIX) ? names(chart) : List.of());
        for (String name : shown) chart.removeOverlay(name);
        List<String> now = new ArrayList<>();
        int n = chart.bars().size();
        for (double level : levels) {
            double[] values = new double[n];
            Arrays.fill(values, level);
            String name = PREFIX + String.format(Locale.ROOT, "%.2f", level);
            chart.setOverlay(new LineSeries(name, values, COLOR));
            now.add(name);
        }
        chart.getProperties().put(PREFIX, List.copyOf(now));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(CandleChart chart) {
        return (List<String>) chart.getProperties().get(PREFIX);
    }
}
