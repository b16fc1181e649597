package dev.meridian.app.subscriptions;

import dev.meridian.core.coach.recurring.TrackedSeries;

/** One table row: a tracked series (stored series with detection details). */
record SubscriptionRow(TrackedSeries tracked) {
    long id() {
        return tracked.series().id();
    }
}
