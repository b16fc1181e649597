package dev.meridian.core.alerts;

import dev.meridian.core.indicators.PriceSource;
import java.util.List;

/** One side of an indicator condition: a bar price, a number, or an indicator line. */
public sealed interface Operand {

    record Price(PriceSource source) implements Operand { }

    record Constant(double value) implements Operand { }

    /** {@code kind} is rsi, sma, ema, macd or signal (MACD's signal line); {@code periods} as written or defaulted. */
    record Indicator(String kind, List<Integer> periods) implements Operand {
        public Indicator {
            periods = List.copyOf(periods);
        }
    }
}
