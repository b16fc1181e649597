package dev.meridian.sync.plaid;

import java.time.Duration;

/** How often Meridian asks Plaid whether the user finished Link in the browser, and for how long. */
public record LinkPolling(Duration interval, Duration timeout) {

    /** Every 3 s for 30 min, Hosted Link's default URL lifetime. */
    public static final LinkPolling DEFAULT = new LinkPolling(Duration.ofSeconds(3), Duration.ofMinutes(30));
}
