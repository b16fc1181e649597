package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Instrument;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Daily closes and descriptions of the instruments a calculation may meet. */
public record PriceHistory(Map<Long, Instrument> instruments, Map<Long, DailyCloses> closes) {

    public PriceHistory {
        instruments = Map.copyOf(instruments);
        closes = Map.copyOf(closes);
    }

    public Instrument instrument(long id) {
        Instrument i = instruments.get(id);
        if (i == null) throw new IllegalArgumentException("Unknown instrument " + id);
        return i;
    }

    public Optional<DailyCloses> closesOf(long instrumentId) {
        return Optional.ofNullable(closes.get(instrumentId));
    }

    /** Last known close on or before {@code date} in the instrument's currency. */
    public double closeOn(long instrumentId, LocalDate date) {
        DailyCloses c = closes.get(instrumentId);
        if (c == null) throw new IllegalStateException("No prices for instrument " + instrumentId + " (" + instrument(instrumentId).symbol() + ")");
        return c.closeOn(date, instrumentId);
    }
}
