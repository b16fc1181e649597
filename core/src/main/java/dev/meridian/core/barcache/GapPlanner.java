package dev.meridian.core.barcache;

import dev.meridian.core.market.TradingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which ranges a refresh must fetch, given what the cache holds. The cache only ever grows at its ends, so
 * the stored bars cover [first, last] and the gaps are before the first and after the last bar. The last
 * stored bar is always fetched again: it may have been stored while it was still forming, and the merge
 * revises it. A gap without any trading session in it (a weekend, a holiday-free night) is not fetched.
 */
public final class GapPlanner {

    private GapPlanner() {
    }

    public static List<TimeRange> missing(OptionalLong firstStored, OptionalLong lastStored, long from, long to, TradingSession session) {
        if (to <= from) {
            throw new IllegalArgumentException("Requested range must end after it starts: " + Instant.ofEpochMilli(from) + " .. "
                    + Instant.ofEpochMilli(to));
        }
        List<TimeRange> out = new ArrayList<>(2);
        if (firstStored.isEmpty() || lastStored.isEmpty()) {
            if (trades(session, from, to)) out.add(new TimeRange(from, to));
            return out;
        }
        long first = firstStored.getAsLong();
        long last = lastStored.getAsLong();
        if (from < first && trades(session, from, first)) out.add(new TimeRange(from, first));
        if (to > last) out.add(new TimeRange(last, to));
        return out;
    }

    /** True when some session of {@code session} overlaps [from, to). */
    static boolean trades(TradingSession session, long from, long to) {
        LocalDate day = Instant.ofEpochMilli(from).atZone(session.zone()).toLocalDate().minusDays(1);
        while (session.openOn(day) < to) {
            if (session.weekdays().contains(day.getDayOfWeek()) && session.closeOn(day) > from) return true;
            day = day.plusDays(1);
        }
        return false;
    }
}
