package dev.meridian.core.portfolio.risk;

import java.time.LocalDate;

/**
 * The deepest fall of the cumulative return from a previous high: {@code depth} as a positive
 * fraction (0.25 = -25 %), from {@code peak} to {@code trough}; {@code recovery} is the first day
 * back at the peak's level, null if it has not recovered. {@code durationDays} counts calendar
 * days from the peak to the recovery, or to the last day when not recovered.
 */
public record Drawdown(double depth, LocalDate peak, LocalDate trough, LocalDate recovery, long durationDays) {}
