package dev.meridian.charts.ui;

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
