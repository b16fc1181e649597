package dev.meridian.sync.market.http;

import java.time.Duration;

/** Short human wording of a wait ("3 h 12 min", "45 s") for messages a user reads. */
public final class Durations {

    private Durations() {
    }

    public static String human(Duration d) {
        long seconds = Math.max(0, (d.toMillis() + 999) / 1000);
        if (seconds < 60) return seconds + " s";
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) return minutes + " min";
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
