package dev.meridian.core.coach;

import dev.meridian.core.coach.forecast.Forecast;
import dev.meridian.core.coach.insights.Insight;
import java.util.List;

/** One run of the coach: every current insight, how many were new (notified now), and the 90-day cash forecast. */
public record CoachReview(List<Insight> insights, int published, Forecast forecast) {
    public CoachReview {
        insights = List.copyOf(insights);
    }
}
