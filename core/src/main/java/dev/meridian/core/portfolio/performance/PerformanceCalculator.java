package dev.meridian.core.portfolio.performance;

import dev.meridian.core.portfolio.Ledger;
import dev.meridian.core.portfolio.PriceHistory;
import dev.meridian.core.portfolio.fx.FxRates;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Time- and money-weighted returns and absolute gain for any scope (security, account, portfolio,
 * all portfolios) and period. The money-weighted return treats the start value as money put in on
 * the first day, every later external flow as put in (or taken out) on its day, and the end value
 * as taken out on the last day.
 */
public final class PerformanceCalculator {

    private final Valuation valuation;

    public PerformanceCalculator(Ledger ledger, PriceHistory prices, FxRates fx) {
        this.valuation = new Valuation(ledger, prices, fx);
    }

    public DailyValues values(PerformanceScope scope, LocalDate from, LocalDate to, String currency) {
        return valuation.values(scope, from, to, currency);
    }

    public PerformanceReport report(PerformanceScope scope, LocalDate from, LocalDate to, String currency) {
        return report(values(scope, from, to, currency));
    }

    public static PerformanceReport report(DailyValues v) {
        ReturnSeries daily = TimeWeightedReturn.daily(v);
        double twr = TimeWeightedReturn.chained(daily);
        long days = ChronoUnit.DAYS.between(v.date(0), v.date(v.size() - 1));
        double flows = v.netFlowsAfterStart();
        return new PerformanceReport(v.date(0), v.date(v.size() - 1), v.currency(), v.startValue(), v.endValue(), flows,
                v.endValue() - v.startValue() - flows, twr, TimeWeightedReturn.annualized(twr, days),
                Xirr.solve(investorFlows(v)), daily);
    }

    static List<CashFlow> investorFlows(DailyValues v) {
        List<CashFlow> flows = new ArrayList<>();
        if (v.startValue() != 0) flows.add(new CashFlow(v.date(0), -v.startValue()));
        for (int i = 1; i < v.size(); i++) {
            if (v.flows()[i] != 0) flows.add(new CashFlow(v.date(i), -v.flows()[i]));
        }
        if (v.endValue() != 0) flows.add(new CashFlow(v.date(v.size() - 1), v.endValue()));
        return flows;
    }
}
