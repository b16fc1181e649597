package dev.meridian.app.watchlists;

import dev.meridian.core.alerts.AlertConditionException;
import dev.meridian.core.alerts.AlertRuleParser;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import java.math.BigDecimal;
import java.time.Instant;

/** Turns the alert dialog's fields into an {@link Alert}, or says which field is wrong. */
public final class AlertForm {

    private AlertForm() {
    }

    /** @param existing the alert being edited, or null for a new one */
    public static Alert toAlert(Alert existing, long instrumentId, AlertCondition condition, String threshold, String parameters,
                                AlertFrequency frequency, Instant now) {
        if (condition == null) throw new AlertConditionException("Choose what the alert watches");
        if (frequency == null) throw new AlertConditionException("Choose how often the alert fires");
        BigDecimal level = null;
        String params = null;
        switch (condition) {
            case PRICE_ABOVE, PRICE_BELOW -> level = number(threshold, "Price");
            case PERCENT_MOVE -> {
                level = number(threshold, "Percent");
                params = parameters == null || parameters.isBlank() ? "" : parameters.trim();
                if (!params.startsWith("window")) params = "window=" + params;
            }
            case INDICATOR -> params = parameters == null ? "" : parameters.trim();
        }
        AlertRuleParser.parse(condition, level, params);
        long id = existing == null ? 0 : existing.id();
        Instant created = existing == null ? now : existing.createdAt();
        Instant last = existing == null ? null : existing.lastTriggeredAt();
        return new Alert(id, instrumentId, condition, level, params, frequency, true, last, created);
    }

    private static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) throw new AlertConditionException(field + " is missing");
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new AlertConditionException(field + " \"" + text.trim() + "\" is not a number");
        }
    }
}
