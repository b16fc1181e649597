package dev.meridian.core.domain;

import java.math.BigDecimal;
import java.time.Instant;

public record Alert(
        long id,
        long instrumentId,
        AlertCondition condition,
        BigDecimal threshold,
        String parameters,
        AlertFrequency frequency,
        boolean active,
        Instant lastTriggeredAt,
        Instant createdAt) {

    public Alert withId(long newId) {
        return new Alert(newId, instrumentId, condition, threshold, parameters, frequency, active, lastTriggeredAt, createdAt);
    }
}
