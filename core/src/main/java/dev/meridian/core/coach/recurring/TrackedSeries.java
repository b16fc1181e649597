package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.RecurringSeries;

/**
 * A stored series as the Subscriptions screen shows it: what is persisted (status, the user's edits)
 * with what the latest detection adds. {@code priceChange}, {@code service} may be null.
 */
public record TrackedSeries(RecurringSeries series, PriceChange priceChange, ServiceType service, boolean overlapping) {}
