package dev.meridian.charts.ui;

import dev.meridian.charts.drawing.Drawing;
import dev.meridian.charts.drawing.DrawingBook;
import dev.meridian.charts.drawing.DrawingStore;
import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.model.HeikinAshi;
import dev.meridian.charts.model.PriceFormat;
import dev.meridian.charts.model.LegendValues;
import dev.meridian.charts.model.LineSeries;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CandleChartInteractionTest {

    private Stage stage;
    private CandleChart chart;
    private BarSeries bars;
    private DrawingBook book;

    @BeforeEach
    void show() {
        bars = SampleBars.daily(3_000, 21);
        Fx.run(() -> {
            chart = new CandleChart("KEYS", bars, Timeframe.D1, ZoneOffset.UTC);
            chart.setOverlay(new LineSeries("SMA(10)", Sma.compute(bars.closes(), bars.size(), 10, null), "#ff9800"));
            book = new DrawingBook(1, DrawingStore.NONE, Clock.systemUTC());
            chart.setDrawingBook(book);
            stage = new Stage();
            stage.setScene(new Scene(chart, 900, 600));
            stage.show();
        });
        Fx.pulses(4);
    }

    @AfterEach
    void close() {
        Fx.run(() -> stage.close());
    }

    @Test
    void keysPanAndZoomAndDoubleClickResets() {
        double[] start = Fx.call(() -> new double[]{chart.viewport().first(), chart.viewport().span()});
        key(KeyCode.LEFT);
        assertThat(Fx.call(() -> chart.viewport().first())).isLessThan(start[0]);
        key(KeyCode.PLUS);
        assertThat(Fx.call(() -> chart.viewport().span())).isLessThan(start[1]);
        key(KeyCode.HOME);
        assertThat(Fx.call(() -> chart.viewport().firstBar())).isZero();
        key(KeyCode.END);
        assertThat(Fx.call(() -> chart.viewport().endBar())).isEqualTo(bars.size());
        mouse(MouseEvent.MOUSE_PRESSED, 300, 200, 2);
        assertThat(Fx.call(() -> chart.viewport().span())).isCloseTo(start[1], within(1e-9));
    }

    @Test
    void wheelZoomsAroundTheBarUnderTheCursor() {
        PlotMapping m = Fx.call(() -> chart.mapping(chart.panes().getFirst()));
        double x = m.left() + m.width() * 0.25;
        double barUnderCursor = Fx.call(() -> chart.mapping(chart.panes().getFirst()).index(x));
        Fx.run(() -> Event.fireEvent(chart, new ScrollEvent(ScrollEvent.SCROLL, x, 200, x, 200, false, false, false, false, false, false,
                0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        Fx.pulses(3);
        double after = Fx.call(() -> chart.mapping(chart.panes().getFirst()).index(x));
        assertThat(after).isCloseTo(barUnderCursor, within(0.05));
        assertThat(Fx.call(() -> chart.viewport().span())).isLessThan(150 + 10);
    }

    @Test
    void legendFollowsTheCrosshairBar() {
        PlotMapping m = Fx.call(() -> chart.mapping(chart.panes().getFirst()));
        int bar = bars.size() - 40;
        mouse(MouseEvent.MOUSE_MOVED, m.x(bar), m.top() + 100, 0);
        LegendValues shown = Fx.call(() -> chart.overlay().shownLegend());
        assertThat(shown.index()).isEqualTo(bar);
        assertThat(shown.close()).isEqualTo(bars.close(bar));
        assertThat(shown.valueOf("SMA(10)")).isCloseTo(Sma.compute(bars.closes(), bars.size(), 10, null)[bar], within(1e-9));
    }

    @Test
    void heikinAshiLegendShowsTheHeikinAshiCandleUnderTheCursor() {
        Fx.run(() -> chart.setChartType(ChartType.HEIKIN_ASHI));
        Fx.pulses(2);
        PlotMapping m = Fx.call(() -> chart.mapping(chart.panes().getFirst()));
        int bar = bars.size() - 40;
        mouse(MouseEvent.MOUSE_MOVED, m.x(bar), m.top() + 100, 0);

        double[][] ha = new double[4][bars.size()];
        HeikinAshi.compute(bars.opens(), bars.highs(), bars.lows(), bars.closes(), bars.size(), ha);
        LegendValues shown = Fx.call(() -> chart.overlay().shownLegend());
        assertThat(shown.index()).isEqualTo(bar);
        assertThat(shown.heikinAshi()).isTrue();
        assertThat(new double[]{shown.open(), shown.high(), shown.low(), shown.close()})
                .containsExactly(ha[0][bar], ha[1][bar], ha[2][bar], ha[3][bar]);
        assertThat(shown.close()).isNotEqualTo(bars.close(bar));
        String text = Fx.call(() -> ((Label) chart.lookup(".legend-ohlcv")).getText());
        assertThat(text).startsWith("HA  O ").contains("C " + PriceFormat.price(ha[3][bar]));

        Fx.run(() -> chart.setChartType(ChartType.CANDLES));
        mouse(MouseEvent.MOUSE_MOVED, m.x(bar), m.top() + 101, 0);
        assertThat(Fx.call(() -> chart.overlay().shownLegend().close())).isEqualTo(bars.close(bar));
        assertThat(Fx.call(() -> ((Label) chart.lookup(".legend-ohlcv")).getText())).doesNotContain("HA");
    }

    @Test
    void drawingToolPlacesATrendLineThatCanBeDraggedAndDeleted() {
        PlotMapping m = Fx.call(() -> chart.mapping(chart.panes().getFirst()));
        int a = bars.size() - 100, b = bars.size() - 20;
        Fx.run(() -> chart.setDrawingTool(DrawingKind.TREND_LINE));
        mouse(MouseEvent.MOUSE_PRESSED, m.x(a), m.y(bars.low(a)), 1);
        mouse(MouseEvent.MOUSE_RELEASED, m.x(a), m.y(bars.low(a)), 1);
        mouse(MouseEvent.MOUSE_PRESSED, m.x(b), m.y(bars.high(b)), 1);
        mouse(MouseEvent.MOUSE_RELEASED, m.x(b), m.y(bars.high(b)), 1);

        List<Drawing> drawn = Fx.call(() -> book.drawings());
        assertThat(drawn).hasSize(1);
        Drawing line = drawn.getFirst();
        assertThat(line.anchors().get(0).time()).isEqualTo(bars.time(a));
        assertThat(line.anchors().get(1).time()).isEqualTo(bars.time(b));
        assertThat(line.anchors().get(0).price()).isCloseTo(bars.low(a), within(Math.abs(bars.low(a)) * 0.01));

        // grab the middle of the line, drag 10 bars right
        double mx = (m.x(a) + m.x(b)) / 2, my = (m.y(bars.low(a)) + m.y(bars.high(b))) / 2;
        double dx = m.x(a + 10) - m.x(a);
        mouse(MouseEvent.MOUSE_PRESSED, mx, my, 1);
        mouse(MouseEvent.MOUSE_DRAGGED, mx + dx, my, 1);
        mouse(MouseEvent.MOUSE_RELEASED, mx + dx, my, 1);
        Drawing moved = Fx.call(() -> book.drawings().getFirst());
        assertThat(moved.anchors().get(0).time()).isEqualTo(bars.time(a + 10));
        assertThat(moved.anchors().get(1).time()).isEqualTo(bars.time(b + 10));

        key(KeyCode.DELETE);
        assertThat(Fx.call(() -> book.drawings())).isEmpty();
    }

    @Test
    void textNotesTakeTheirTextFromThePromptAndABlankAnswerCancels() {
        PlotMapping m = Fx.call(() -> chart.mapping(chart.panes().getFirst()));
        int bar = bars.size() - 30;
        Fx.run(() -> {
            chart.setNoteText(() -> "earnings");
            chart.setDrawingTool(DrawingKind.TEXT);
        });
        mouse(MouseEvent.MOUSE_PRESSED, m.x(bar), m.y(bars.high(bar)), 1);
        mouse(MouseEvent.MOUSE_RELEASED, m.x(bar), m.y(bars.high(bar)), 1);
        Fx.run(() -> {
            chart.setNoteText(() -> " ");
            chart.setDrawingTool(DrawingKind.TEXT);
        });
        mouse(MouseEvent.MOUSE_PRESSED, m.x(bar - 5), m.y(bars.high(bar)), 1);

        List<Drawing> drawn = Fx.call(() -> book.drawings());
        assertThat(drawn).hasSize(1);
        assertThat(drawn.getFirst().kind()).isEqualTo(DrawingKind.TEXT);
        assertThat(drawn.getFirst().text()).isEqualTo("earnings");
        assertThat(drawn.getFirst().anchors().getFirst().time()).isEqualTo(bars.time(bar));
    }

    @Test
    void logScalePercentModeAndChartTypesSwitch() {
        Fx.run(() -> chart.setLogScale(true));
        Fx.pulses(2);
        assertThat(Fx.call(() -> chart.isLogScale())).isTrue();

        BarSeries other = SampleBars.daily(3_000, 99);
        Fx.run(() -> {
            chart.addComparison("OTHER", other, "#e91e63");
            chart.setPercentMode(true);
        });
        Fx.pulses(3);
        assertThat(Fx.call(() -> chart.isLogScale())).as("percent mode is linear").isFalse();
        double[] yRange = Fx.call(() -> new double[]{chart.panes().getFirst().yAxis.getMin(), chart.panes().getFirst().yAxis.getMax()});
        assertThat(yRange[0]).as("rebased series start at 0 %%, so the range spans 0").isLessThan(0.5);
        assertThat(yRange[1]).isGreaterThan(-0.5);

        for (ChartType t : ChartType.values()) {
            Fx.run(() -> {
                chart.setPercentMode(false);
                chart.setChartType(t);
            });
            Fx.pulses(2);
            assertThat(Fx.call(() -> chart.panes().getFirst().yAxis.getMax())).isGreaterThan(Fx.call(() -> chart.panes().getFirst().yAxis.getMin()));
        }
    }

    private void key(KeyCode code) {
        Fx.run(() -> Event.fireEvent(chart, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
        Fx.pulses(2);
    }

    private void mouse(EventType<MouseEvent> type, double x, double y, int clicks) {
        Fx.run(() -> Event.fireEvent(chart, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, clicks,
                false, false, false, false, type != MouseEvent.MOUSE_MOVED && type != MouseEvent.MOUSE_RELEASED, false, false, false, false, false, null)));
        Fx.pulses(2);
    }
}
