package dev.meridian.core.portfolio.statement;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.risk.BenchmarkComparison;
import dev.meridian.core.portfolio.risk.RiskReport;
import java.util.Optional;

/**
 * Everything the performance view shows for one scope and period: the returns, the risk figures
 * (absent with a reason when the period is too short or never moves), the comparison with the
 * benchmark (absent with a reason when there is none or it has no prices), and the cumulative
 * return curves on the report's valuation days ({@code benchmarkCumulative} is NaN before the
 * benchmark's first close).
 */
public record PerformanceFigures(String scopeLabel, PerformanceReport report, RiskReport risk, String riskUnavailable,
                                 Instrument benchmark, BenchmarkComparison comparison, String comparisonUnavailable,
                                 int[] epochDays, double[] cumulative, double[] benchmarkCumulative) {

    public Optional<RiskReport> riskReport() {
        return Optional.ofNullable(risk);
    }

    public Optional<BenchmarkComparison> benchmarkComparison() {
        return Optional.ofNullable(comparison);
    }
}
