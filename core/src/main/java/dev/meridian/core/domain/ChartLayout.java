package dev.meridian.core.domain;

import java.time.Instant;

/** A saved chart setup (timeframe, chart type, indicators, grid), as a versioned text definition. */
public record ChartLayout(long id, String name, Long instrumentId, String definition, Instant updatedAt) {
    public ChartLayout withId(long newId) {
        return new ChartLayout(newId, name, instrumentId, definition, updatedAt);
    }
}
