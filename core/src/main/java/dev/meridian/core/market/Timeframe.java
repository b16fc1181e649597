package dev.meridian.core.market;

import java.time.Duration;

/** Bar length. Intraday timeframes have a fixed duration; D1 and longer follow the exchange calendar. */
public enum Timeframe {
    M1("1m", Duration.ofMinutes(1)),
    M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)),
    H1("1h", Duration.ofHours(1)),
    H4("4h", Duration.ofHours(4)),
    D1("1D", Duration.ofDays(1)),
    W1("1W", Duration.ofDays(7)),
    MN1("1M", Duration.ofDays(30));

    private final String label;
    private final Duration nominal;

    Timeframe(String label, Duration nominal) {
        this.label = label;
        this.nominal = nominal;
    }

    public String label() {
        return label;
    }

    /** Nominal length; exact for intraday, approximate for D1 and longer. */
    public Duration nominal() {
        return nominal;
    }

    public boolean isIntraday() {
        return nominal.compareTo(Duration.ofDays(1)) < 0;
    }

    public static Timeframe ofLabel(String label) {
        for (Timeframe t : values()) {
            if (t.label.equals(label)) return t;
        }
        throw new IllegalArgumentException("Unknown timeframe '" + label + "'");
    }
}
