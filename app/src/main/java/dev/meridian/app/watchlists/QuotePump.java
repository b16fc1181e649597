package dev.meridian.app.watchlists;

import dev.meridian.core.market.quote.Quote;
import dev.meridian.core.market.quote.QuoteBoard;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;

/**
 * Moves quotes from the board into the table once per pulse: each pulse drains the board's dirty set and
 * updates each changed row once, so the table repaints at most once per pulse however many ticks arrived.
 * Ages are recomputed once a second.
 */
final class QuotePump extends AnimationTimer {

    private final QuoteBoard board;
    private final Clock clock;
    private final Map<Long, WatchlistRow> rows = new HashMap<>();
    private long batches;
    private long pulses;
    private long lastAgeRefresh;

    QuotePump(QuoteBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    /** The rows now shown; their quotes are filled in from the board straight away. */
    void showRows(List<WatchlistRow> shown) {
        rows.clear();
        long now = clock.millis();
        for (WatchlistRow row : shown) {
            rows.put(row.instrument.id(), row);
            board.quote(row.instrument.id()).ifPresent(q -> row.apply(q, now));
        }
    }

    @Override
    public void handle(long nanos) {
        pulses++;
        drain();
    }

    /** Applies everything that changed since the last pulse; returns the number of quotes applied. */
    int drain() {
        Quote[] changed = board.drainDirtyQuotes();
        long now = clock.millis();
        int applied = 0;
        for (Quote q : changed) {
            WatchlistRow row = rows.get(q.instrumentId());
            if (row == null) continue;
            row.apply(q, now);
            applied++;
        }
        if (applied > 0) batches++;
        if (now - lastAgeRefresh >= 1000) {
            lastAgeRefresh = now;
            for (WatchlistRow row : rows.values()) row.refreshAge(now);
        }
        return applied;
    }

    /** Pulses in which rows changed: the table's repaints caused by quotes. */
    long batches() {
        return batches;
    }

    long pulses() {
        return pulses;
    }
}
