package dev.meridian.app.charts;

import java.util.List;

/** The indicators the chart screen offers: overlays share the price band, the others get a band of their own. */
public enum IndicatorKind {
    SMA("SMA", true, List.of("period"), List.of(20.0)),
    EMA("EMA", true, List.of("period"), List.of(50.0)),
    BOLLINGER("Bollinger", true, List.of("period", "width"), List.of(20.0, 2.0)),
    RSI("RSI", false, List.of("period"), List.of(14.0)),
    MACD("MACD", false, List.of("fast", "slow", "signal"), List.of(12.0, 26.0, 9.0)),
    ATR("ATR", false, List.of("period"), List.of(14.0));

    private final String title;
    private final boolean overlay;
    private final List<String> parameterNames;
    private final List<Double> defaults;

    IndicatorKind(String title, boolean overlay, List<String> parameterNames, List<Double> defaults) {
        this.title = title;
        this.overlay = overlay;
        this.parameterNames = parameterNames;
        this.defaults = defaults;
    }

    public String title() {
        return title;
    }

    public boolean overlay() {
        return overlay;
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    public List<Double> defaults() {
        return defaults;
    }

    /** The kind with this title (case-insensitive), as written in a saved layout. */
    public static IndicatorKind ofTitle(String title) {
        for (IndicatorKind k : values()) {
            if (k.title.equalsIgnoreCase(title.trim())) return k;
        }
        throw new IllegalArgumentException("Unknown indicator '" + title + "'");
    }

    @Override
    public String toString() {
        return title;
    }
}
