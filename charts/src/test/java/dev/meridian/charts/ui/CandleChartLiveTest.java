package dev.meridian.charts.ui;

import dev.meridian.charts.model.LineSeries;
import dev.meridian.core.indicators.PriceSource;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.indicators.StreamingIndicator;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandleChartLiveTest {

    private Stage stage;
    private CandleChart chart;
    private BarSeries bars;

    @BeforeEach
    void show() {
        bars = SampleBars.daily(2_000, 11);
        Fx.run(() -> {
            chart = new CandleChart("LIVE", bars, Timeframe.D1, ZoneOffset.UTC);
            stage = new Stage();
            stage.setScene(new Scene(chart, 800, 500));
            stage.show();
        });
        Fx.pulses(4);
    }

    @AfterEach
    void close() {
        Fx.run(() -> stage.close());
    }

    @Test
    void ticksWithinOnePulseCauseOneFrameAndOneDataSetUpdate() {
        long frames = Fx.call(chart::frames);
        long updates = Fx.call(() -> chart.priceDataSet().updates());
        long nextTime = bars.time(bars.size() - 1) + 86_400_000L * 3;

        Fx.run(() -> {
            for (int i = 0; i < 500; i++) chart.reviseLastBar(100, 101 + i * 0.01, 99, 100.5, 1000 + i);
            chart.appendBar(nextTime, 100.5, 100.5, 100.5, 100.5, 1);
            for (int i = 0; i < 500; i++) chart.reviseLastBar(100.5, 102, 100, 101 + i * 0.001, 2 + i);
        });
        Fx.pulses(3);

        assertThat(Fx.call(chart::frames)).isEqualTo(frames + 1);
        assertThat(Fx.call(() -> chart.priceDataSet().updates())).isEqualTo(updates + 1);
        assertThat(bars.size()).isEqualTo(2_001);
        assertThat(bars.close(2_000)).isEqualTo(101 + 499 * 0.001);
        assertThat(Fx.call(() -> chart.legendAt(2_000).volume())).isEqualTo(501);
        assertThat(Fx.call(() -> chart.viewport().endBar())).as("the view follows the new bar").isEqualTo(2_001);
    }

    @Test
    void aStreamingIndicatorLineUpdatesItsTailAndTheLegendShowsIt() {
        StreamingIndicator sma = Sma.stream(10, PriceSource.CLOSE);
        for (int i = 0; i < bars.size(); i++) sma.append(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
        Fx.run(() -> chart.setOverlay(new LineSeries("SMA(10)", sma.toArray(0), "#ff9800")));
        Fx.pulses(2);
        long next = bars.time(bars.size() - 1) + 86_400_000L;

        Fx.run(() -> {
            chart.appendBar(next, 200, 210, 190, 205, 10);
            sma.append(next, 200, 210, 190, 205, 10);
            chart.lineChanged("SMA(10)", sma.column(0), sma.size() - 1, sma.size());
        });
        Fx.pulses(3);

        double expected = sma.last(0);
        assertThat(Fx.call(() -> chart.legendAt(bars.size() - 1).valueOf("SMA(10)"))).isEqualTo(expected);
        assertThatThrownBy(() -> Fx.run(() -> chart.lineChanged("nope", new double[0], 0, 0)))
                .hasRootCauseMessage("No overlay or indicator line named 'nope'");
    }

    @Test
    void ticksFromAFeedThreadAreCoalescedWhileTheUiThreadIsBusy() throws Exception {
        long frames = Fx.call(chart::frames);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {
            busy.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
        Thread feed = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 2_000; i++) chart.reviseLastBar(50, 60, 40, 40 + i * 0.01, i);
        });
        feed.join();
        release.countDown();
        Fx.pulses(3);

        assertThat(Fx.call(chart::frames)).isEqualTo(frames + 1);
        assertThat(bars.close(bars.size() - 1)).isEqualTo(40 + 1_999 * 0.01);
    }
}
