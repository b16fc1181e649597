package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;

/** One label's value and its share of the total ({@code weight}, 0..1, 34 significant digits). */
public record AllocationSlice(String label, Money value, BigDecimal weight) {}
