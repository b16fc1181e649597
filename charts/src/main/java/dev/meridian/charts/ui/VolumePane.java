package dev.meridian.charts.ui;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.charts.lod.ReducedBars;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.util.StringConverter;

import java.util.Arrays;

/** Volume bars under the price band, coloured by the bar's (or pixel column's) direction. */
final class VolumePane {

    final StackedPane pane;
    final DoubleDataSet up = new DoubleDataSet("volume-up");
    final DoubleDataSet down = new DoubleDataSet("volume-down");
    private double[] ux = new double[0], uy = new double[0], dx = new double[0], dy = new double[0];

    VolumePane(BarTimeLabels timeLabels) {
        pane = new StackedPane("volume-pane", timeLabels, false);
        up.addStyleClasses("volume-up");
        down.addStyleClasses("volume-down");
        VolumeBarsRenderer bars = new VolumeBarsRenderer();
        bars.getDatasets().addAll(up, down);
        pane.chart.getRenderers().clear();
        pane.chart.getRenderers().add(bars);
        pane.yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return dev.meridian.charts.model.PriceFormat.volume(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
    }

    void update(ReducedBars bars) {
        int n = bars.size();
        if (ux.length < n) {
            int cap = Math.max(n, ux.length * 2);
            ux = Arrays.copyOf(ux, cap);
            uy = Arrays.copyOf(uy, cap);
            dx = Arrays.copyOf(dx, cap);
            dy = Arrays.copyOf(dy, cap);
        }
        int nu = 0, nd = 0;
        for (int i = 0; i < n; i++) {
            if (bars.close(i) >= bars.open(i)) {
                ux[nu] = bars.x(i);
                uy[nu++] = bars.volume(i);
            } else {
                dx[nd] = bars.x(i);
                dy[nd++] = bars.volume(i);
            }
        }
        up.set(ux, uy, nu, true);
        down.set(dx, dy, nd, true);
        double max = bars.maxVolume();
        pane.setYRangeFromZero(max > 0 ? max : 1);
    }
}
