package dev.meridian.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Renders a chart node off-screen to PNG bytes for a report. Runs on the FX thread. */
public final class ChartImage {

    private ChartImage() {}

    public static byte[] png(Parent chart, double width, double height, String stylesheet) {
        Scene scene = new Scene(chart, width, height);
        if (stylesheet != null) scene.getStylesheets().add(stylesheet);
        chart.applyCss();
        chart.layout();
        WritableImage image = chart.snapshot(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the chart as PNG", e);
        }
        return out.toByteArray();
    }
}
