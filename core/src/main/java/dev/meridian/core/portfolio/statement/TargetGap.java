package dev.meridian.core.portfolio.statement;

import dev.meridian.core.money.Money;
import java.math.BigDecimal;

/** One target key: its value and weight now, and the weight the portfolio aims for (fractions 0..1). */
public record TargetGap(String key, Money value, BigDecimal currentWeight, BigDecimal targetWeight) {}
