package dev.meridian.app.charts;

/** How many charts the screen shows and how they are arranged: rows × columns. */
public enum ChartGrid {
    ONE("1", 1, 1),
    /** Two charts side by side. */
    ONE_BY_TWO("1x2", 1, 2),
    /** Two charts one above the other. */
    TWO_BY_ONE("2x1", 2, 1),
    TWO_BY_TWO("2x2", 2, 2);

    /** The most charts any grid shows. */
    public static final int MAX_CHARTS = 4;

    private final String label;
    private final int rows;
    private final int columns;

    ChartGrid(String label, int rows, int columns) {
        this.label = label;
        this.rows = rows;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public int count() {
        return rows * columns;
    }

    public static ChartGrid ofLabel(String label) {
        for (ChartGrid g : values()) {
            if (g.label.equalsIgnoreCase(label)) return g;
        }
        throw new IllegalArgumentException("Unknown chart grid '" + label + "' (expected 1, 1x2, 2x1 or 2x2)");
    }
}
