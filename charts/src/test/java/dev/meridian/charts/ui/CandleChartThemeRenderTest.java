package dev.meridian.charts.ui;

import dev.meridian.charts.drawing.Anchor;
import dev.meridian.charts.drawing.DrawingBook;
import dev.meridian.charts.drawing.DrawingStore;
import dev.meridian.charts.model.ChartType;
import dev.meridian.charts.model.LineSeries;
import dev.meridian.core.domain.DrawingKind;
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
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandleChartThemeRenderTest {

    @TempDir
    Path dir;

    private Stage stage;
    private CandleChart chart;

    @Test
    void darkThemeWithDrawingsAndCrosshairAndLightHeikinAshi() throws Exception {
        BarSeries bars = SampleBars.daily(1_000, 7);
        Fx.run(() -> {
            chart = new CandleChart("DEMO", bars, Timeframe.D1, ZoneOffset.UTC);
            chart.setDark(true);
            chart.setOverlay(new LineSeries("SMA(50)", Sma.compute(bars.closes(), bars.size(), 50, null), "#ff9800"));
            DrawingBook book = new DrawingBook(1, DrawingStore.NONE, Clock.systemUTC());
            book.create(DrawingKind.TREND_LINE, List.of(new Anchor(bars.time(900), bars.low(900)), new Anchor(bars.time(980), bars.high(980))), "", "");
            book.create(DrawingKind.FIBONACCI, List.of(new Anchor(bars.time(870), bars.low(870)), new Anchor(bars.time(940), bars.high(940))), "", "");
            book.create(DrawingKind.RECTANGLE, List.of(new Anchor(bars.time(950), bars.high(950)), new Anchor(bars.time(970), bars.low(970))), "", "");
            book.create(DrawingKind.TEXT, List.of(new Anchor(bars.time(910), bars.high(910))), "breakout?", "");
            chart.setDrawingBook(book);
            stage = new Stage();
            stage.setScene(new Scene(chart, 900, 600));
            stage.show();
        });
        Fx.pulses(5);
        Fx.run(() -> {
            PlotMapping m = chart.mapping(chart.panes().getFirst());
            chart.overlay().setHover(m.x(950), m.y(bars.close(950)));
        });
        Fx.pulses(3);
        Path dark = dir.resolve("dark.png");
        Fx.run(() -> chart.exportPng(dark));

        Fx.run(() -> {
            chart.setDark(false);
            chart.setChartType(ChartType.HEIKIN_ASHI);
        });
        Fx.pulses(4);
        Path light = dir.resolve("light.png");
        Fx.run(() -> chart.exportPng(light));
        Fx.run(() -> stage.close());
        String copy = System.getProperty("chart.png.copy");
        if (copy != null) {
            Files.copy(dark, Path.of(copy + "-dark.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(light, Path.of(copy + "-light.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        BufferedImage d = ImageIO.read(dark.toFile());
        BufferedImage l = ImageIO.read(light.toFile());
        assertThat(brightness(d.getRGB(400, 300))).as("dark background").isLessThan(60);
        assertThat(brightness(l.getRGB(400, 300))).as("light background").isGreaterThan(200);
        assertThat(countBlueish(d)).as("drawings in the accent colour").isGreaterThan(300);
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
    }

    private static int countBlueish(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (b > 200 && r < 140 && g > 140 && g < 200) n++;
            }
        }
        return n;
    }
}
