package dev.meridian.app.subscriptions;

import dev.meridian.core.coach.recurring.TrackedSeries;

/** One table row: a tracked series (stored series with detection details). */
public record SubscriptionRow(TrackedSeries tracked) {
    long id() {
        return tracked.series().id();
    }
}
