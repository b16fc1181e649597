package dev.meridian.sync.cache;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.barcache.TimeRange;
import java.util.List;

/**
 * What one instrument's refresh did: the provider used, the ranges fetched, bars and new corporate actions
 * stored, and the fetched bars (for alerts). {@code failure} is a user-facing reason when nothing was stored.
 */
public record InstrumentSync(long instrumentId, String symbol, String provider, List<TimeRange> fetched, BarSeries bars,
                             int actionsAdded, String failure) {

    public InstrumentSync {
        fetched = List.copyOf(fetched);
    }

    public boolean failed() {
        return failure != null;
    }

    static InstrumentSync upToDate(long instrumentId, String symbol) {
        return new InstrumentSync(instrumentId, symbol, null, List.of(), new BarSeries(0), 0, null);
    }

    static InstrumentSync failed(long instrumentId, String symbol, String failure) {
        return new InstrumentSync(instrumentId, symbol, null, List.of(), new BarSeries(0), 0, failure);
    }
}
