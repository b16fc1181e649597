package dev.meridian.core.portfolio.performance;

import java.time.LocalDate;

/**
 * Performance of one scope over one period in one currency. {@code absoluteGain} is
 * {@code endValue - startValue - netFlows} (flows after the start day). {@code ttwror} is the true
 * time-weighted return, {@code irr} the money-weighted one (already annual).
 */
public record PerformanceReport(LocalDate from, LocalDate to, String currency, double startValue, double endValue,
                                double netFlows, double absoluteGain, double ttwror, double ttwrorAnnualized,
                                XirrResult irr, ReturnSeries daily) {}
