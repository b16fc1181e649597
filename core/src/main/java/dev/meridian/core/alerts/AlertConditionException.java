package dev.meridian.core.alerts;

/** An alert condition that cannot be understood; the message names the text, the column and what was expected. */
public final class AlertConditionException extends IllegalArgumentException {

    public AlertConditionException(String message) {
        super(message);
    }
}
