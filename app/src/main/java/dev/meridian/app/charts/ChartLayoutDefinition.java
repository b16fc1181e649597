package dev.meridian.app.charts;

import dev.meridian.charts.model.ChartType;
import dev.meridian.core.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a chart looks like for one instrument, saved as a small versioned text:
 * <pre>
 * meridian-chart-layout 1
 * type=CANDLES
 * timeframe=1D
 * log=false
 * indicator=SMA 20
 * indicator=MACD 12,26,9
 * </pre>
 * Unknown keys are ignored so later versions can add settings; a newer version number is refused.
 */
public record ChartLayoutDefinition(ChartType type, Timeframe timeframe, boolean logScale, List<IndicatorSpec> indicators) {

    static final String HEADER = "meridian-chart-layout";
    static final int VERSION = 1;

    public static final ChartLayoutDefinition DEFAULT = new ChartLayoutDefinition(ChartType.CANDLES, Timeframe.D1, false, List.of());

    public ChartLayoutDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeframe, "timeframe");
        indicators = List.copyOf(indicators);
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append(' ').append(VERSION).append('\n');
        out.append("type=").append(type.name()).append('\n');
        out.append("timeframe=").append(timeframe.label()).append('\n');
        out.append("log=").append(logScale).append('\n');
        for (IndicatorSpec spec : indicators) {
            out.append("indicator=").append(spec.kind().title()).append(' ').append(spec.parameterText()).append('\n');
        }
        return out.toString();
    }

    public static ChartLayoutDefinition parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Chart layout is empty");
        String[] lines = text.strip().split("\\R");
        String[] header = lines[0].trim().split("\\s+");
        if (header.length != 2 || !header[0].equals(HEADER)) {
            throw new IllegalArgumentException("Chart layout line 1: expected '" + HEADER + " <version>', got '" + lines[0] + "'");
        }
        int version = parseVersion(header[1]);
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("Chart layout version " + version + " is not supported (this build reads up to " + VERSION + ")");
        }
        ChartType type = DEFAULT.type;
        Timeframe timeframe = DEFAULT.timeframe;
        boolean log = false;
        List<IndicatorSpec> indicators = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("Chart layout line " + (i + 1) + ": expected key=value, got '" + line + "'");
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            try {
                switch (key) {
                    case "type" -> type = ChartType.valueOf(value.toUpperCase(Locale.ROOT));
                    case "timeframe" -> timeframe = Timeframe.ofLabel(value);
                    case "log" -> log = parseBoolean(value);
                    case "indicator" -> indicators.add(parseIndicator(value));
                    default -> { }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Chart layout line " + (i + 1) + " ('" + line + "'): " + e.getMessage(), e);
            }
        }
        return new ChartLayoutDefinition(type, timeframe, log, indicators);
    }

    private static IndicatorSpec parseIndicator(String value) {
        int space = value.indexOf(' ');
        String kind = space < 0 ? value : value.substring(0, space);
        String params = space < 0 ? "" : value.substring(space + 1);
        return IndicatorSpec.parse(IndicatorKind.ofTitle(kind), params);
    }

    private static boolean parseBoolean(String value) {
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException("expected true or false");
    }

    private static int parseVersion(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Chart layout version '" + text + "' is not a number");
        }
    }

    public ChartLayoutDefinition withType(ChartType t) {
        return new ChartLayoutDefinition(t, timeframe, logScale, indicators);
    }

    public ChartLayoutDefinition withTimeframe(Timeframe t) {
        return new ChartLayoutDefinition(type, t, logScale, indicators);
    }

    public ChartLayoutDefinition withLogScale(boolean log) {
        return new ChartLayoutDefinition(type, timeframe, log, indicators);
    }

    public ChartLayoutDefinition withIndicators(List<IndicatorSpec> list) {
        return new ChartLayoutDefinition(type, timeframe, logScale, list);
    }
}
