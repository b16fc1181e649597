package dev.meridian.charts.model;

import dev.meridian.charts.axis.BarTimeLabels;
import dev.meridian.charts.axis.BarTimeScale;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CrosshairLegendTest {

    private final BarSeries bars = BarSeries.wrap(
            new long[]{0, 86_400_000L, 2 * 86_400_000L},
            new double[]{10, 11, 12}, new double[]{12, 13, 14}, new double[]{9, 10, 11},
            new double[]{11, 12, 13.2}, new double[]{100, 200, 300});
    private final BarTimeLabels labels = new BarTimeLabels(new BarTimeScale(bars.times(), 3, Timeframe.D1), Timeframe.D1, ZoneOffset.UTC);
    private final List<LineSeries> lines = List.of(
            new LineSeries("SMA(2)", new double[]{Double.NaN, 11.5, 12.6}, "#ff9800"),
            new LineSeries("RSI", new double[]{Double.NaN, Double.NaN, 71.3}, "#7e57c2"));

    @Test
    void showsTheBarAndEveryLineAtTheCursorBar() {
        LegendValues v = CrosshairLegend.at(1.8, bars, lines, labels);

        assertThat(v.index()).isEqualTo(2);
        assertThat(new double[]{v.open(), v.high(), v.low(), v.close(), v.volume()}).containsExactly(12, 14, 11, 13.2, 300);
        assertThat(v.changePercent()).isCloseTo(10.0, within(1e-9));
        assertThat(v.valueOf("SMA(2)")).isEqualTo(12.6);
        assertThat(v.valueOf("RSI")).isEqualTo(71.3);
        assertThat(v.time()).isEqualTo("Sat 03 Jan 1970");
        assertThat(v.ohlcvText()).isEqualTo("O 12.00  H 14.00  L 11.00  C 13.20  V 300  +10.00%");
    }

    @Test
    void heikinAshiLegendShowsTheCandleAsDrawnAndSaysHa() {
        double[][] ha = new double[4][3];
        HeikinAshi.compute(bars.opens(), bars.highs(), bars.lows(), bars.closes(), 3, ha);

        LegendValues v = CrosshairLegend.atHeikinAshi(2, bars, ha, lines, labels);

        // bar 1: HA close (11+13+10+12)/4 = 11.5, HA open (HA open 0 + HA close 0)/2 = (10.5 + 10.5)/2 = 10.5
        // bar 2: HA close (12+14+11+13.2)/4 = 12.55, HA open (10.5 + 11.5)/2 = 11, high max(14, 11, 12.55), low min(11, ...)
        assertThat(new double[]{v.open(), v.high(), v.low(), v.close(), v.volume()}).containsExactly(11, 14, 11, 12.55, 300);
        assertThat(v.heikinAshi()).isTrue();
        assertThat(v.changePercent()).as("HA close against the previous HA close").isCloseTo((12.55 / 11.5 - 1) * 100, within(1e-9));
        assertThat(v.ohlcvText()).isEqualTo("HA  O 11.00  H 14.00  L 11.00  C 12.55  V 300  +9.13%");
        assertThat(CrosshairLegend.at(2, bars, lines, labels).ohlcvText()).doesNotContain("HA");
    }

    @Test
    void cursorOutsideTheDataIsClampedAndWarmUpValuesAreNaN() {
        assertThat(CrosshairLegend.at(-7, bars, lines, labels).index()).isZero();
        assertThat(CrosshairLegend.at(-7, bars, lines, labels).valueOf("SMA(2)")).isNaN();
        assertThat(CrosshairLegend.at(99, bars, lines, labels).index()).isEqualTo(2);
    }
}
