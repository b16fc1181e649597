package dev.meridian.core.portfolio.performance;

import dev.meridian.core.portfolio.fx.FxRates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Exchange rates into one target currency for the valuation day being processed, looked up once per currency and day. */
final class DayRates {

    private final FxRates fx;
    private final String target;
    private final Map<String, Double> today = new HashMap<>();
    private int day = Integer.MIN_VALUE;

    DayRates(FxRates fx, String target) {
        this.fx = fx;
        this.target = target;
    }

    double rate(String currency, int epochDay) {
        if (currency.equals(target)) return 1.0;
        if (epochDay != day) {
            today.clear();
            day = epochDay;
        }
        return today.computeIfAbsent(currency, c -> fx.rate(LocalDate.ofEpochDay(day), c, target).doubleValue());
    }
}
