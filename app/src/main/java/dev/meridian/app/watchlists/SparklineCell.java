package dev.meridian.app.watchlists;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;

/** The last daily closes as a small line on a canvas: green when the last close is above the first, red below. */
final class SparklineCell extends TableCell<WatchlistRow, double[]> {

    static final double WIDTH = 90;
    static final double HEIGHT = 20;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);

    SparklineCell() {
        getStyleClass().add("sparkline-cell");
    }

    @Override
    protected void updateItem(double[] closes, boolean empty) {
        super.updateItem(closes, empty);
        setText(null);
        if (empty || closes == null || closes.length < 2) {
            setGraphic(null);
            return;
        }
        draw(canvas.getGraphicsContext2D(), closes);
        setGraphic(canvas);
    }

    static void draw(GraphicsContext g, double[] closes) {
        g.clearRect(0, 0, WIDTH, HEIGHT);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double c : closes) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        double span = max > min ? max - min : 1;
        boolean up = closes[closes.length - 1] >= closes[0];
        g.setStroke(up ? Color.web("#1a7f37") : Color.web("#cf222e"));
        g.setLineWidth(1.2);
        g.beginPath();
        for (int i = 0; i < closes.length; i++) {
            double x = 1 + i * (WIDTH - 2) / (closes.length - 1);
            double y = HEIGHT - 2 - (closes[i] - min) / span * (HEIGHT - 4);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
