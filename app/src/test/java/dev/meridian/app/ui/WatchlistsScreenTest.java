package dev.meridian.app.ui;

import static dev.meridian.app.ui.AppFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.app.charts.ChartsController;
import dev.meridian.app.watchlists.MarketDesk;
import dev.meridian.app.watchlists.WatchlistRow;
import dev.meridian.app.watchlists.WatchlistsController;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Watchlist;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.NotificationRepository;
import dev.meridian.core.repo.WatchlistRepository;
import dev.meridian.core.vault.Vault;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
class WatchlistsScreenTest {

    private AppFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = new AppFixture().withVault(WatchlistsScreenTest::seed);
        app.start(stage);
    }

    /** Three crypto instruments with 40 daily bars each ending at 100, 300 and 200; a list with the first two. */
    private static void seed(Vault vault) {
        DSLContext dsl = vault.dsl();
        InstrumentRepository instruments = new InstrumentRepository(dsl);
        BarRepository bars = new BarRepository(dsl);
        long alpha = add(instruments, bars, "ALPHA", 100);
        long beta = add(instruments, bars, "BETA", 300);
        add(instruments, bars, "GAMMA", 200);
        new WatchlistRepository(dsl).insert(new Watchlist(0, "Core", 0, List.of(alpha, beta)));
        new AlertRepository(dsl).insert(new Alert(0, alpha, AlertCondition.PRICE_ABOVE, new BigDecimal("150"), null, AlertFrequency.ONCE,
                true, null, Instant.parse("2025-01-01T00:00:00Z")));
    }

    private static long add(InstrumentRepository instruments, BarRepository bars, String symbol, double lastClose) {
        Instrument i = instruments.insert(new Instrument(0, symbol, symbol + " Coin", AssetClass.CRYPTO, null, "USD", null, null, null, "UTC"));
        BarSeries daily = new BarSeries(40);
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int k = 0; k < 40; k++) {
            double c = lastClose - (39 - k);
            daily.append(day.plusDays(k).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), c, c + 1, c - 1, c, 1000);
        }
        bars.merge(i.id(), Timeframe.D1, daily);
        return i.id();
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        AppFixture.unlockAndOpen(robot, "watchlists", "#watchlist-table");
        AppFixture.waitFor(() -> table(robot).getItems().size() == 2);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    private static TableView<WatchlistRow> table(FxRobot robot) {
        return robot.lookup("#watchlist-table").queryAs(TableView.class);
    }

    private List<String> symbols(FxRobot robot) throws Exception {
        return fx(() -> table(robot).getItems().stream().map(r -> r.instrument().symbol()).toList());
    }

    private WatchlistsController screen() throws Exception {
        return fx(() -> (WatchlistsController) app.window.workstationProperty().get().shell().model().activeScreenProperty().get());
    }

    private MarketDesk market() throws Exception {
        return fx(() -> app.window.workstationProperty().get().market());
    }

    private Vault lockAndRead(FxRobot robot) throws Exception {
        AppFixture.waitFor(() -> app.work.running().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        UnlockScreenTest.waitFor(robot, "#unlock-password");
        return app.folder.unlock(AppFixture.PASSWORD.toCharArray());
    }

    @Test
    void showsCachedQuotesWithTheirAgeAndSaysNoProviderIsConfigured(FxRobot robot) throws Exception {
        WatchlistRow alpha = fx(() -> table(robot).getItems().getFirst());
        AppFixture.waitFor(() -> alpha.last() == 100);
        assertThat(fx(alpha::age)).as("offline: the age of the last stored bar").endsWith(" d");
        Label status = robot.lookup("#market-refresh-status").queryAs(Label.class);
        assertThat(fx(status::getText)).isEqualTo("No market data provider configured");
    }

    @Test
    void addsBySymbolSortsAndReorders(FxRobot robot) throws Exception {
        robot.clickOn("#watchlist-add").write("gamma").type(KeyCode.ENTER);
        AppFixture.waitFor(() -> table(robot).getItems().size() == 3);
        assertThat(symbols(robot)).containsExactly("ALPHA", "BETA", "GAMMA");
        AppFixture.waitFor(() -> table(robot).getItems().stream().allMatch(r -> !Double.isNaN(r.last())));

        // Sorting as a header click does it: the Last column joins the sort order.
        fx(() -> table(robot).getSortOrder().setAll(table(robot).getColumns().stream().filter(c -> "col-last".equals(c.getId())).toList()));
        assertThat(symbols(robot)).containsExactly("ALPHA", "GAMMA", "BETA");

        // Alt+Up on BETA unsorts and moves it up in the list's own order.
        fx(() -> {
            TableView<WatchlistRow> table = table(robot);
            table.requestFocus();
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.instrument().symbol().equals("BETA")).findFirst().orElseThrow());
            return null;
        });
        AppFixture.waitFor(() -> table(robot).isFocused()
                && table(robot).getSelectionModel().getSelectedItem().instrument().symbol().equals("BETA"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        AppFixture.waitFor(() -> table(robot).getSortOrder().isEmpty() && symbols(robot).equals(List.of("BETA", "ALPHA", "GAMMA")));

        try (Vault vault = lockAndRead(robot)) {
            InstrumentRepository instruments = new InstrumentRepository(vault.dsl());
            List<String> stored = new WatchlistRepository(vault.dsl()).all().getFirst().instrumentIds().stream()
                    .map(id -> instruments.find(id).orElseThrow().symbol()).toList();
            assertThat(stored).containsExactly("BETA", "ALPHA", "GAMMA");
        }
    }

    @Test
    void enterOpensTheChartWithPriceAlertsAsLines(FxRobot robot) throws Exception {
        AppFixture.waitFor(() -> market().alerts().engine().size() == 1);
        robot.clickOn("ALPHA").type(KeyCode.ENTER);
        UnlockScreenTest.waitFor(robot, ".candle-chart");
        ChartsController charts = fx(() -> (ChartsController) app.window.workstationProperty().get().shell().model().activeScreenProperty().get());
        AppFixture.waitFor(() -> charts.chart() != null && charts.model().loaded.get().instrument().symbol().equals("ALPHA"));
        assertThat(fx(() -> charts.chart().legendAt(20).valueOf("Alert 150.00"))).isEqualTo(150.0);
    }

    @Test
    void liveTicksRepaintAtMostOncePerPulse(FxRobot robot) throws Exception {
        WatchlistsController screen = screen();
        MarketDesk market = market();
        long alpha = fx(() -> table(robot).getItems().getFirst().instrument().id());
        long beta = fx(() -> table(robot).getItems().get(1).instrument().id());
        long repaintsBefore = fx(screen::quoteRepaints);
        long pulsesBefore = fx(screen::pulses);
        int ticks = 20_000;
        long t0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        Thread feed = Thread.ofPlatform().start(() -> {
            for (int k = 1; k <= ticks; k++) {
                market.quotes().onTick(k % 2 == 0 ? alpha : beta, t0 + k, 100 + k * 0.001, k);
            }
        });
        feed.join();
        WatchlistRow alphaRow = fx(() -> table(robot).getItems().getFirst());
        AppFixture.waitFor(() -> alphaRow.last() == 100 + ticks * 0.001);
        long repaints = fx(screen::quoteRepaints) - repaintsBefore;
        long pulses = fx(screen::pulses) - pulsesBefore;
        assertThat(repaints).isPositive().isLessThanOrEqualTo(pulses).isLessThan(ticks / 10);
        assertThat(fx(alphaRow::age)).isNotEqualTo("—");
    }

    @Test
    void aPriceAlertFiresIntoTheNotificationCentre(FxRobot robot) throws Exception {
        MarketDesk market = market();
        long alpha = fx(() -> table(robot).getItems().getFirst().instrument().id());
        AppFixture.waitFor(() -> market.alerts().engine().size() == 1);
        long t0 = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        market.alerts().engine().onTick(alpha, t0, 149);
        market.alerts().engine().onTick(alpha, t0 + 1000, 151);
        Button bell = robot.lookup("#notification-bell").queryAs(Button.class);
        AppFixture.waitFor(() -> "1".equals(bell.getText()));
        assertThat(market.alerts().engine().size()).as("a ONCE alert leaves the engine").isZero();
        robot.clickOn("#notification-bell");
        UnlockScreenTest.waitFor(robot, "#notification-list");
        robot.clickOn("#notifications-all-read");
        AppFixture.waitFor(() -> bell.getText().isEmpty());
        try (Vault vault = lockAndRead(robot)) {
            assertThat(new NotificationRepository(vault.dsl()).recent(5)).singleElement()
                    .satisfies(n -> assertThat(n.title()).isEqualTo("ALPHA: price crossed above 150.00"))
                    .satisfies(n -> assertThat(n.read()).isTrue());
            assertThat(new AlertRepository(vault.dsl()).all().getFirst().active()).isFalse();
        }
    }
}
