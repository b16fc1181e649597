package dev.meridian.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share ({@code weight}, 0..1) of an instrument that belongs to {@code label} within a
 * classification; an ETF may be 0.6 "US" and 0.4 "Europe".
 */
public record ClassificationAssignment(long classificationId, long instrumentId, String label, BigDecimal weight) {
    public ClassificationAssignment {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(weight, "weight");
        if (label.isBlank()) throw new IllegalArgumentException("Classification label must not be blank");
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Weight of '" + label + "' must be between 0 and 1: " + weight.toPlainString());
        }
    }
}
