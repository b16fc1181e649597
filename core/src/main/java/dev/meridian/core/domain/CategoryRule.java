package dev.meridian.core.domain;

import java.math.BigDecimal;

/** Assigns {@code categoryId} to transactions whose field matches and whose absolute amount is within bounds. */
public record CategoryRule(
        long id,
        long categoryId,
        RuleField field,
        RuleMatch match,
        String pattern,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        int priority,
        RuleOrigin origin) {

    public CategoryRule withId(long newId) {
        return new CategoryRule(newId, categoryId, field, match, pattern, minAmount, maxAmount, priority, origin);
    }
}
