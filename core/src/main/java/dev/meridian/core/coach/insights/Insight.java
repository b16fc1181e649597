package dev.meridian.core.coach.insights;

import java.util.Objects;

/**
 * One thing the coach wants the user to know: a short title, a one or two sentence explanation
 * with the numbers behind it, and a link to the data. {@code key} identifies the insight across runs
 * (the same budget in the same month, the same transaction) so it is published once.
 */
public record Insight(InsightKind kind, String key, String title, String explanation, InsightLink link) {
    public Insight {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(link, "link");
    }
}
