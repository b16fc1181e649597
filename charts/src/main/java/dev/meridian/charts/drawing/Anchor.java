package dev.meridian.charts.drawing;

/** A drawing point pinned to a bar time and a price, so it stays put across zoom, reduction and new bars. */
public record Anchor(long time, double price) {
    public Anchor {
        if (!Double.isFinite(price)) throw new IllegalArgumentException("Anchor price must be finite, was " + price);
    }
}
