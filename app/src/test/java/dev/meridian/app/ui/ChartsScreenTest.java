package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.app.charts.ChartGrid;
import dev.meridian.app.charts.ChartGridDefinition;
import dev.meridian.app.charts.ChartsController;
import dev.meridian.app.charts.IndicatorKind;
import dev.meridian.app.charts.IndicatorSpec;
import dev.meridian.charts.drawing.Anchor;
import dev.meridian.charts.drawing.AnchorCodec;
import dev.meridian.charts.drawing.Drawing;
import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.ui.CandleChart;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.ChartDrawing;
import dev.meridian.core.domain.DrawingKind;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.ChartDrawingRepository;
import dev.meridian.core.repo.ChartLayoutRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.vault.Vault;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ChartsScreenTest {

    /** Weekdays from 2025-01-06 (a Monday) over 52 full weeks. */
    static final int DAILY_BARS = 52 * 5;
    /** Two UTC days of 1-minute bars. */
    static final int MINUTE_BARS = 2 * 24 * 60;

    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withVault(ChartsScreenTest::seed);
        app.start(stage);
    }

    private static void seed(Vault vault) {
        DSLContext dsl = vault.dsl();
        InstrumentRepository instruments = new InstrumentRepository(dsl);
        BarRepository bars = new BarRepository(dsl);
        Instrument acme = instruments.insert(new Instrument(0, "ACME", "Acme Industries", AssetClass.STOCK, "XNYS", "USD",
                null, null, null, "America/New_York"));
        Instrument coin = instruments.insert(new Instrument(0, "COIN-X", "Test Coin", AssetClass.CRYPTO, "CRYPTO", "USD",
                null, null, null, "UTC"));
        BarSeries daily = new BarSeries(DAILY_BARS);
        LocalDate day = LocalDate.of(2025, 1, 6);
        ZoneId ny = ZoneId.of("America/New_York");
        double price = 100;
        while (daily.size() < DAILY_BARS) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                long t = day.atTime(LocalTime.of(9, 30)).atZone(ny).toInstant().toEpochMilli();
                double next = price * (1 + 0.01 * Math.sin(daily.size() / 7.0));
                daily.append(t, price, Math.max(price, next) + 1, Math.min(price, next) - 1, next, 1000 + daily.size());
                price = next;
            }
            day = day.plusDays(1);
        }
        bars.merge(acme.id(), Timeframe.D1, daily);
        BarSeries minutes = new BarSeries(MINUTE_BARS);
        long start = LocalDate.of(2025, 3, 3).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        for (int i = 0; i < MINUTE_BARS; i++) {
            double p = 50 + Math.sin(i / 60.0);
            minutes.append(start + i * 60_000L, p, p + 0.2, p - 0.2, p + 0.1, 10);
        }
        bars.merge(coin.id(), Timeframe.M1, minutes);
    }

    @BeforeEach
    void unlock(FxRobot robot) throws Exception {
        openCharts(robot);
    }

    private void openCharts(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "charts", "#candle-chart-0");
    }

    /** Waits for background writes, locks the vault and opens it directly to read what was stored. */
    private Vault lockAndRead(FxRobot robot) throws Exception {
        AppFixture.waitFor(() -> app.work.running().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        return app.folder.unlock(AppFixture.PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private ChartsController charts() throws Exception {
        return fx(() -> (ChartsController) app.window.workstationProperty().get().shell().model().activeScreenProperty().get());
    }

    private CandleChart chart() throws Exception {
        ChartsController c = charts();
        return fx(c::chart);
    }

    private CandleChart chart(int cell) throws Exception {
        ChartsController c = charts();
        return fx(() -> c.chart(cell));
    }

    private String symbolIn(int cell) throws Exception {
        CandleChart chart = chart(cell);
        return chart == null ? null : fx(() -> charts().model().slots.get(cell).loaded.get().instrument().symbol());
    }

    private void open(String symbol) throws Exception {
        ChartsController c = charts();
        fx(() -> {
            c.open(c.model().matches.stream().filter(i -> i.symbol().equals(symbol)).findFirst().orElseThrow());
            return null;
        });
        AppFixture.waitFor(() -> chart() != null && c.model().instrument.get().symbol().equals(symbol)
                && c.model().loaded.get().instrument().symbol().equals(symbol));
    }

    @Test
    void opensTheFirstInstrumentAndSwitchesTimeframes(FxRobot robot) throws Exception {
        assertThat(fx(() -> chart().bars().size())).isEqualTo(DAILY_BARS);
        assertThat(chart().timeframe()).isEqualTo(Timeframe.D1);
        assertThat(robot.lookup("#tf-1h").queryAs(Node.class).isDisabled()).isTrue();

        robot.clickOn("#tf-1W");
        AppFixture.waitFor(() -> chart().timeframe() == Timeframe.W1);
        assertThat(fx(() -> chart().bars().size())).isEqualTo(52);

        open("COIN-X");
        AppFixture.waitFor(() -> !robot.lookup("#tf-1h").queryAs(Node.class).isDisabled());
        robot.clickOn("#tf-1h");
        AppFixture.waitFor(() -> chart().timeframe() == Timeframe.H1);
        assertThat(fx(() -> chart().bars().size())).isEqualTo(48);
    }

    @Test
    void indicatorsAndLayoutAreRestoredAfterReopening(FxRobot robot) throws Exception {
        robot.clickOn("#tf-1W");
        AppFixture.waitFor(() -> chart().timeframe() == Timeframe.W1);
        robot.clickOn("#indicator-params").write("10").clickOn("#indicator-add");
        AppFixture.waitFor(() -> !Double.isNaN(chart().legendAt(20).valueOf("SMA(10)")));
        ChartsController c = charts();
        fx(() -> {
            c.setChartType(ChartType.HEIKIN_ASHI);
            c.setLogScale(true);
            return null;
        });
        open("COIN-X");
        assertThat(chart().timeframe()).isEqualTo(Timeframe.D1);
        assertThat(fx(() -> chart().chartType())).isEqualTo(ChartType.CANDLES);

        try (Vault vault = lockAndRead(robot)) {
            long acme = new InstrumentRepository(vault.dsl()).findBySymbol("ACME").orElseThrow().id();
            assertThat(new ChartLayoutRepository(vault.dsl()).latestFor(acme).orElseThrow().definition())
                    .contains("type=HEIKIN_ASHI", "timeframe=1W", "log=true", "indicator=SMA 10");
        }
        openCharts(robot);
        AppFixture.waitFor(() -> charts().model().loaded.get().instrument().symbol().equals("COIN-X"));
        assertThat(fx(() -> chart().chartType())).as("the grid reopens the chart last shown").isEqualTo(ChartType.CANDLES);
        open("ACME");
        CandleChart restored = chart();
        assertThat(restored.timeframe()).isEqualTo(Timeframe.W1);
        assertThat(restored.bars().size()).isEqualTo(52);
        assertThat(fx(restored::chartType)).isEqualTo(ChartType.HEIKIN_ASHI);
        assertThat(fx(restored::isLogScale)).isTrue();
        assertThat(fx(() -> charts().model().layout.get().indicators()))
                .containsExactly(new IndicatorSpec(IndicatorKind.SMA, List.of(10.0)));
        assertThat(fx(() -> Double.isNaN(restored.legendAt(20).valueOf("SMA(10)")))).isFalse();

        robot.clickOn("#indicator-remove-sma");
        AppFixture.waitFor(() -> fx(() -> charts().model().layout.get().indicators().isEmpty()));
        try (Vault vault = lockAndRead(robot)) {
            long acme = new InstrumentRepository(vault.dsl()).findBySymbol("ACME").orElseThrow().id();
            assertThat(new ChartLayoutRepository(vault.dsl()).latestFor(acme).orElseThrow().definition()).doesNotContain("indicator=");
        }
    }

    @Test
    void drawingsAreStoredWhenCreatedMovedAndDeleted(FxRobot robot) throws Exception {
        ChartsController c = charts();
        long t0 = fx(() -> chart().bars().time(10));
        long t1 = fx(() -> chart().bars().time(40));
        fx(() -> {
            var book = c.model().loaded.get().drawings();
            Drawing kept = book.create(DrawingKind.TREND_LINE, List.of(new Anchor(t0, 100), new Anchor(t1, 120)), "", "");
            Drawing dropped = book.create(DrawingKind.HORIZONTAL_LINE, List.of(new Anchor(t0, 110)), "", "");
            book.moveAnchor(kept.id(), 1, new Anchor(t1, 130));
            book.commit(kept.id());
            book.delete(dropped.id());
            return null;
        });
        try (Vault vault = lockAndRead(robot)) {
            long acme = new InstrumentRepository(vault.dsl()).findBySymbol("ACME").orElseThrow().id();
            List<ChartDrawing> stored = new ChartDrawingRepository(vault.dsl()).forInstrument(acme);
            assertThat(stored).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DrawingKind.TREND_LINE);
                assertThat(d.anchors()).contains("130");
            });
        }
        openCharts(robot);
        AppFixture.waitFor(() -> charts().model().loaded.get().drawings().drawings().size() == 1);
    }

    @Test
    void twoByTwoGridShowsFourChartsSymbolPickOnlyChangesTheActiveOneAndTheGridIsRestored(FxRobot robot) throws Exception {
        assertThat(chart(1)).as("one chart to start with").isNull();
        robot.clickOn("#chart-grid-choice").clickOn("2x2");
        AppFixture.waitFor(() -> charts().model().grid.get() == ChartGrid.TWO_BY_TWO);
        for (int i = 0; i < 4; i++) {
            int cell = i;
            AppFixture.waitFor(() -> chart(cell) != null && AppFixture.shown(chart(cell)));
            assertThat(symbolIn(i)).as("new cells open the active chart's instrument").isEqualTo("ACME");
        }
        assertThat(robot.lookup(".candle-chart").queryAll()).hasSize(4);

        robot.clickOn("#chart-cell-3");
        AppFixture.waitFor(() -> charts().model().active.get() == 3);
        assertThat(fx(() -> robot.lookup("#chart-cell-3").query().getPseudoClassStates().toString())).contains("active");
        assertThat(fx(() -> robot.lookup("#chart-cell-0").query().getPseudoClassStates().toString())).doesNotContain("active");

        robot.clickOn("COIN-X  Test Coin");
        AppFixture.waitFor(() -> "COIN-X".equals(symbolIn(3)));
        AppFixture.waitFor(() -> !robot.lookup("#tf-1h").queryAs(Node.class).isDisabled());
        robot.clickOn("#tf-1h");
        AppFixture.waitFor(() -> chart(3).timeframe() == Timeframe.H1);
        for (int i = 0; i < 3; i++) {
            assertThat(symbolIn(i)).as("cell %d keeps its chart", i).isEqualTo("ACME");
            assertThat(chart(i).timeframe()).isEqualTo(Timeframe.D1);
        }
        assertThat(fx(() -> charts().model().instrument.get().symbol())).as("the toolbar follows the active chart").isEqualTo("COIN-X");

        long coin;
        try (Vault vault = lockAndRead(robot)) {
            coin = new InstrumentRepository(vault.dsl()).findBySymbol("COIN-X").orElseThrow().id();
            assertThat(new ChartLayoutRepository(vault.dsl()).latestShared(ChartGridDefinition.LAYOUT_NAME).orElseThrow().definition())
                    .contains("grid=2x2", "active=3", "chart=3 " + coin + " 1h");
        }
        openCharts(robot);
        for (int i = 0; i < 4; i++) {
            int cell = i;
            AppFixture.waitFor(() -> chart(cell) != null);
        }
        assertThat(fx(() -> charts().model().grid.get())).isEqualTo(ChartGrid.TWO_BY_TWO);
        assertThat(fx(() -> charts().model().active.get())).isEqualTo(3);
        assertThat(symbolIn(3)).isEqualTo("COIN-X");
        assertThat(chart(3).timeframe()).isEqualTo(Timeframe.H1);
        assertThat(chart(3).bars().size()).isEqualTo(48);
        for (int i = 0; i < 3; i++) assertThat(symbolIn(i)).isEqualTo("ACME");

        robot.clickOn("#chart-grid-choice").clickOn("1x2");
        AppFixture.waitFor(() -> charts().model().grid.get() == ChartGrid.ONE_BY_TWO);
        assertThat(fx(() -> charts().model().active.get())).as("the active chart left the grid: the first one is active").isZero();
        assertThat(robot.lookup(".candle-chart").queryAll()).hasSize(2);
    }

    @Test
    void clickingWithTheHorizontalLineToolPlacesALineAtThePriceUnderTheCursorThatDragsAndDeletes(FxRobot robot) throws Exception {
        CandleChart chart = chart();
        robot.clickOn("#chart-tool").clickOn("Horizontal line");
        AppFixture.waitFor(() -> charts().model().tool.get() == DrawingKind.HORIZONTAL_LINE);
        int bar = fx(() -> chart.bars().size()) - 30;
        double close = fx(() -> chart.bars().close(bar));
        Point2D at = fx(() -> chart.localToScreen(chart.pricePosition(bar, close)));

        robot.clickOn(at);
        AppFixture.waitFor(() -> charts().model().loaded.get().drawings().drawings().size() == 1);
        double onePixel = fx(() -> Math.abs(chart.priceAt(chart.screenToLocal(at).getY()) - chart.priceAt(chart.screenToLocal(at).getY() + 1)));
        Drawing placed = fx(() -> charts().model().loaded.get().drawings().drawings().getFirst());
        assertThat(placed.kind()).isEqualTo(DrawingKind.HORIZONTAL_LINE);
        assertThat(placed.anchors().getFirst().price()).as("the price under the cursor").isCloseTo(close, within(1.5 * onePixel));
        assertThat(placed.anchors().getFirst().time()).isEqualTo(fx(() -> chart.bars().time(bar)));
        assertThat(fx(() -> charts().model().tool.get())).as("the tool is put away once the line is placed").isNull();

        Point2D below = at.add(40, 40);
        double expected = fx(() -> chart.priceAt(chart.screenToLocal(below).getY()));
        robot.drag(at, MouseButton.PRIMARY).dropTo(below);
        AppFixture.waitFor(() -> Math.abs(charts().model().loaded.get().drawings().drawings().getFirst().anchors().getFirst().price() - expected) < 1.5 * onePixel);

        try (Vault vault = lockAndRead(robot)) {
            long acme = new InstrumentRepository(vault.dsl()).findBySymbol("ACME").orElseThrow().id();
            List<ChartDrawing> stored = new ChartDrawingRepository(vault.dsl()).forInstrument(acme);
            assertThat(stored).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DrawingKind.HORIZONTAL_LINE);
                assertThat(AnchorCodec.parse(d.anchors()).getFirst().price()).as("stored where it was dropped").isCloseTo(expected, within(1.5 * onePixel));
            });
        }
        openCharts(robot);
        AppFixture.waitFor(() -> charts().model().loaded.get().drawings().drawings().size() == 1);
        CandleChart reopened = chart();
        Point2D line = fx(() -> reopened.localToScreen(reopened.pricePosition(bar, expected)));
        robot.clickOn(line);
        AppFixture.waitFor(() -> charts().model().loaded.get().drawings().selected().isPresent());
        robot.type(KeyCode.DELETE);
        AppFixture.waitFor(() -> charts().model().loaded.get().drawings().drawings().isEmpty());
        try (Vault vault = lockAndRead(robot)) {
            long acme = new InstrumentRepository(vault.dsl()).findBySymbol("ACME").orElseThrow().id();
            assertThat(new ChartDrawingRepository(vault.dsl()).forInstrument(acme)).isEmpty();
        }
    }
}
