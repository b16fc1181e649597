package dev.meridian.core.export;

import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.XirrResult;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A performance report as CSV: a block of figures ({@code figure,value}) and, after an empty line,
 * the cumulative return per valuation day of the scope and the benchmark. Returns are fractions
 * (0.05 = 5 %), written with the double's shortest exact decimal form.
 */
public final class PerformanceCsv {

    private PerformanceCsv() {}

    public static void write(PerformanceFigures f, Writer out) {
        PerformanceReport r = f.report();
        CsvWriter csv = new CsvWriter(out).row("figure", "value");
        csv.row("scope", f.scopeLabel()).row("from", r.from()).row("to", r.to()).row("currency", r.currency());
        csv.row("start_value", number(r.startValue())).row("end_value", number(r.endValue())).row("net_flows", number(r.netFlows()));
        csv.row("absolute_gain", number(r.absoluteGain())).row("ttwror", number(r.ttwror())).row("ttwror_annualized", number(r.ttwrorAnnualized()));
        csv.row("irr", r.irr() instanceof XirrResult.Rate s ? number(s.rate()) : "");
        f.riskReport().ifPresent(risk -> {
            csv.row("volatility", number(risk.volatility())).row("max_drawdown", number(risk.maxDrawdown().depth()));
            csv.row("max_drawdown_days", risk.maxDrawdown().durationDays());
            csv.row("sharpe", number(risk.sharpe())).row("sortino", number(risk.sortino()));
        });
        csv.row("benchmark", f.benchmark() == null ? "" : f.benchmark().symbol());
        f.benchmarkComparison().ifPresent(c -> csv.row("beta", number(c.beta())).row("correlation", number(c.correlation())));
        csv.row();
        csv.row("date", "cumulative_return", "benchmark_cumulative_return");
        for (int i = 0; i < f.epochDays().length; i++) {
            double b = f.benchmarkCumulative()[i];
            csv.row(LocalDate.ofEpochDay(f.epochDays()[i]), number(f.cumulative()[i]), number(b));
        }
    }

    /** Exact decimal form of the double; empty when it is not a finite number. */
    private static Object number(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v) : "";
    }
}
