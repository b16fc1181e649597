package dev.meridian.sync.assistant;

import dev.meridian.core.money.Money;

/**
 * An ESTIMATE of what tokens cost, from {@link PriceTable}'s list prices; the provider's bill is the truth.
 * {@code cost} is null when a model has no known price (unknown or local models).
 */
public record CostEstimate(Money cost, boolean complete) {

    public static final String LABEL = "estimate from list prices";

    public static final CostEstimate FREE = new CostEstimate(Money.zero("USD"), true);

    public CostEstimate plus(CostEstimate other) {
        Money sum = cost == null ? other.cost : other.cost == null ? cost : cost.plus(other.cost);
        return new CostEstimate(sum, complete && other.complete);
    }
}
