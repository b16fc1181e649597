package dev.meridian.core.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A portfolio's target share ({@code weight}, 0..1) for one allocation key: an asset class name, a
 * classification label, or an instrument symbol, as the rebalancing view defines it.
 */
public record TargetAllocation(long portfolioId, String key, BigDecimal weight) {
    public TargetAllocation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(weight, "weight");
        if (key.isBlank()) throw new IllegalArgumentException("Allocation key must not be blank");
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Target weight of '" + key + "' must be between 0 and 1: " + weight.toPlainString());
        }
    }
}
