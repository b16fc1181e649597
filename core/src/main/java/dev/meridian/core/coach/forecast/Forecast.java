package dev.meridian.core.coach.forecast;

import dev.meridian.core.money.Money;
import java.util.List;

/** A daily projected balance series starting the day after {@code start}'s date, with its lowest point. */
public record Forecast(Money start, List<ForecastDay> days) {

    public Forecast {
        days = List.copyOf(days);
    }

    public ForecastDay lowest() {
        ForecastDay low = null;
        for (ForecastDay d : days) if (low == null || d.balance().compareTo(low.balance()) < 0) low = d;
        return low;
    }

    public Money end() {
        return days.isEmpty() ? start : days.getLast().balance();
    }
}
