package dev.meridian.app.charts;

import dev.meridian.core.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The charts screen's grid, saved as a small versioned text in a chart layout that belongs to no instrument:
 * <pre>
 * meridian-chart-grid 1
 * grid=2x2
 * active=1
 * chart=0 12 1D
 * chart=1 15 1h
 * </pre>
 * A {@code chart} line is a cell number, an instrument id and the cell's timeframe; cells without a line are empty.
 * Unknown keys are ignored; a newer version number is refused.
 */
public record ChartGridDefinition(ChartGrid grid, int active, List<Cell> cells) {

    static final String HEADER = "meridian-chart-grid";
    static final int VERSION = 1;
    /** The name of the chart layout row that holds the grid. */
    public static final String LAYOUT_NAME = "Charts screen grid";

    public static final ChartGridDefinition DEFAULT = new ChartGridDefinition(ChartGrid.ONE, 0, List.of());

    /** One chart of the grid. */
    public record Cell(int index, long instrumentId, Timeframe timeframe) {
        public Cell {
            Objects.requireNonNull(timeframe, "timeframe");
            if (index < 0 || index >= ChartGrid.MAX_CHARTS) {
                throw new IllegalArgumentException("Chart cell " + index + " is outside 0.." + (ChartGrid.MAX_CHARTS - 1));
            }
        }
    }

    public ChartGridDefinition {
        Objects.requireNonNull(grid, "grid");
        cells = List.copyOf(cells);
        if (active < 0 || active >= grid.count()) {
            throw new IllegalArgumentException("Active chart " + active + " is outside the " + grid.label() + " grid");
        }
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append(' ').append(VERSION).append('\n');
        out.append("grid=").append(grid.label()).append('\n');
        out.append("active=").append(active).append('\n');
        for (Cell c : cells) out.append("chart=").append(c.index()).append(' ').append(c.instrumentId()).append(' ').append(c.timeframe().label()).append('\n');
        return out.toString();
    }

    public static ChartGridDefinition parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Chart grid is empty");
        String[] lines = text.strip().split("\\R");
        String[] header = lines[0].trim().split("\\s+");
        if (header.length != 2 || !header[0].equals(HEADER)) {
            throw new IllegalArgumentException("Chart grid line 1: expected '" + HEADER + " <version>', got '" + lines[0] + "'");
        }
        int version = number(header[1], "version");
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("Chart grid version " + version + " is not supported (this build reads up to " + VERSION + ")");
        }
        ChartGrid grid = ChartGrid.ONE;
        int active = 0;
        List<Cell> cells = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("Chart grid line " + (i + 1) + ": expected key=value, got '" + line + "'");
            String value = line.substring(eq + 1).trim();
            try {
                switch (line.substring(0, eq).trim()) {
                    case "grid" -> grid = ChartGrid.ofLabel(value);
                    case "active" -> active = number(value, "active chart");
                    case "chart" -> cells.add(cell(value));
                    default -> { }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Chart grid line " + (i + 1) + " ('" + line + "'): " + e.getMessage(), e);
            }
        }
        return new ChartGridDefinition(grid, Math.min(active, grid.count() - 1), cells);
    }

    /** The cell at {@code index}, if it shows an instrument. */
    public java.util.Optional<Cell> cell(int index) {
        return cells.stream().filter(c -> c.index() == index).findFirst();
    }

    private static Cell cell(String value) {
        String[] parts = value.split("\\s+");
        if (parts.length != 3) throw new IllegalArgumentException("expected '<cell> <instrument id> <timeframe>'");
        return new Cell(number(parts[0], "cell"), number(parts[1], "instrument id"), Timeframe.ofLabel(parts[2]));
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " '" + text + "' is not a number");
        }
    }
}
