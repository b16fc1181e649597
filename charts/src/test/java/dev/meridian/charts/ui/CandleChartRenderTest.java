package dev.meridian.charts.ui;

import dev.meridian.charts.model.LineSeries;
import dev.meridian.core.indicators.Bands;
import dev.meridian.core.indicators.Bollinger;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CandleChartRenderTest {

    @TempDir
    Path dir;

    @Test
    void tenThousandBarsWithVolumeOverlaysAndIndicatorRenderToAPng() throws Exception {
        BarSeries bars = SampleBars.daily(10_000, 7);
        Path png = dir.resolve("chart.png");
        Fx.run(() -> {
            CandleChart chart = new CandleChart("DEMO", bars, Timeframe.D1, ZoneOffset.UTC);
            chart.setOverlay(new LineSeries("SMA(50)", Sma.compute(bars.closes(), bars.size(), 50, null), "#ff9800"));
            Bands bb = Bollinger.compute(bars.closes(), bars.size(), 20, 2, null);
            chart.setOverlay(new LineSeries("BB upper", bb.upper(), "#42a5f5"));
            chart.setOverlay(new LineSeries("BB lower", bb.lower(), "#42a5f5"));
            chart.setIndicatorPane("RSI(14)", List.of(new LineSeries("RSI", Rsi.compute(bars.closes(), bars.size(), 14, null), "#7e57c2")));
            Stage stage = new Stage();
            stage.setScene(new Scene(chart, 1000, 700));
            stage.show();
            stage.setUserData(chart);
            CandleChartRenderTest.stage = stage;
        });
        Fx.pulses(4);
        Fx.run(() -> ((CandleChart) stage.getUserData()).exportPng(png));
        if (System.getProperty("chart.png.copy") != null) Files.copy(png, Path.of(System.getProperty("chart.png.copy")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Fx.run(() -> stage.close());

        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1000);
        assertThat(img.getHeight()).isEqualTo(700);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) colours.add(img.getRGB(x, y) & 0xffffff);
        }
        assertThat(colours).hasSizeGreaterThan(20);
    }

    private static Stage stage;
}
