package dev.meridian.core.demo;

import dev.meridian.core.domain.Instrument;
import java.util.List;
import java.util.Objects;

/** One instrument of the demo universe with the model that generates its prices. */
public record DemoInstrument(Instrument instrument, TradingCalendar calendar, PriceModel model, List<SplitPlan> splits) {
    public DemoInstrument {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(model, "model");
        splits = List.copyOf(splits);
    }

    public String symbol() {
        return instrument.symbol();
    }

    public String currency() {
        return instrument.currency();
    }
}
