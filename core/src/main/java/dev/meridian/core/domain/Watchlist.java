package dev.meridian.core.domain;

import java.util.List;

/** A named, ordered list of instruments. */
public record Watchlist(long id, String name, int position, List<Long> instrumentIds) {
    public Watchlist {
        instrumentIds = List.copyOf(instrumentIds);
    }

    public Watchlist withId(long newId) {
        return new Watchlist(newId, name, position, instrumentIds);
    }
}
