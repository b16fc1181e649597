package dev.meridian.app.portfolio;

import dev.meridian.core.portfolio.statement.PerformanceFigures;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * The cumulative return of a scope and its benchmark as a line chart (x: days, y: percent). Long
 * periods are thinned to at most {@link #MAX_POINTS} points per line, always keeping the last day,
 * so the chart never draws more segments than it has pixels.
 */
public final class ReturnChart {

    static final int MAX_POINTS = 600;
    private static final DateTimeFormatter AXIS_DATE = DateTimeFormatter.ofPattern("MMM yy");

    private ReturnChart() {}

    public static LineChart<Number, Number> create() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(true);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay(day.longValue()).format(AXIS_DATE);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setLabel("Cumulative return %");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("return-chart");
        return chart;
    }

    /** Replaces the chart's lines with the figures' curves. */
    public static void show(LineChart<Number, Number> chart, PerformanceFigures f) {
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        lines.add(series(f.scopeLabel(), f.epochDays(), f.cumulative()));
        if (f.benchmark() != null && hasValues(f.benchmarkCumulative())) {
            lines.add(series(f.benchmark().symbol() + " (benchmark)", f.epochDays(), f.benchmarkCumulative()));
        }
        chart.getData().setAll(lines);
    }

    private static boolean hasValues(double[] values) {
        for (double v : values) if (!Double.isNaN(v)) return true;
        return false;
    }

    private static XYChart.Series<Number, Number> series(String name, int[] days, double[] values) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        int step = Math.max(1, (days.length + MAX_POINTS - 1) / MAX_POINTS);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (int i = 0; i < days.length; i += step) add(points, days[i], values[i]);
        if ((days.length - 1) % step != 0) add(points, days[days.length - 1], values[days.length - 1]);
        s.getData().setAll(points);
        return s;
    }

    private static void add(List<XYChart.Data<Number, Number>> points, int day, double value) {
        if (!Double.isNaN(value)) points.add(new XYChart.Data<>(day, value * 100));
    }
}
