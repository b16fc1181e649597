package dev.meridian.core.portfolio.performance;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.Ledger;
import dev.meridian.core.portfolio.PriceHistory;
import dev.meridian.core.portfolio.fx.FxRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values a {@link PerformanceScope} at the close of every valuation day and collects its external
 * flows. Valuation days are the period's first and last day, every day with a close of an
 * instrument the scope trades, and every day with a booking; a day without a close carries the
 * last known close forward (before the first close: the last booked trade price).
 *
 * <p>External flows: for accounts, deposits, withdrawals and transfers (cash, or securities at the
 * day's close) whose counter-account lies outside the scope; everything else (trades, dividends,
 * interest, fees, taxes) is performance. For a security: buys in, sells and its dividends out,
 * and transfers of it across the scope's edge at the day's close.
 *
 * <p>Values are doubles: daily closes are doubles already, and returns are ratios. Exact money
 * amounts come from {@link dev.meridian.core.portfolio.ProfitAndLoss}.
 */
public final class Valuation {

    private final Ledger ledger;
    private final PriceHistory prices;
    private final FxRates fx;

    public Valuation(Ledger ledger, PriceHistory prices, FxRates fx) {
        this.ledger = ledger;
        this.prices = prices;
        this.fx = fx;
    }

    public DailyValues values(PerformanceScope scope, LocalDate from, LocalDate to, String currency) {
        if (to.isBefore(from)) throw new IllegalArgumentException("Period ends " + to + " before it starts " + from);
        List<Transaction> txns = relevant(scope);
        Map<Long, Integer> index = new HashMap<>();
        List<Long> instrumentIds = new ArrayList<>();
        for (Transaction t : txns) {
            if (t.instrumentId() != null && t.quantity() != null && !index.containsKey(t.instrumentId())) {
                index.put(t.instrumentId(), instrumentIds.size());
                instrumentIds.add(t.instrumentId());
            }
        }
        int[] days = timeline(txns, instrumentIds, from, to);
        ScopeState state = new ScopeState(scope, instrumentIds, index, prices, new DayRates(fx, currency));
        double[] values = new double[days.length];
        double[] flows = new double[days.length];
        int next = 0;
        for (; next < txns.size() && txns.get(next).date().isBefore(from); next++) state.apply(txns.get(next), false);
        for (int d = 0; d < days.length; d++) {
            state.moveTo(days[d]);
            double flow = 0;
            for (; next < txns.size() && txns.get(next).date().toEpochDay() <= days[d]; next++) flow += state.apply(txns.get(next), true);
            flows[d] = flow;
            values[d] = state.value();
        }
        return new DailyValues(currency, days, values, flows);
    }

    private List<Transaction> relevant(PerformanceScope scope) {
        List<Transaction> out = new ArrayList<>();
        for (Transaction t : ledger.transactions()) {
            if (!scope.accountIds().contains(t.accountId())) continue;
            if (scope.isSecurity() && !scope.instrumentId().equals(t.instrumentId())) continue;
            if (scope.isSecurity() && t.quantity() == null && t.type() != TransactionType.DIVIDEND) continue;
            out.add(t);
        }
        return out;
    }

    private int[] timeline(List<Transaction> txns, List<Long> instrumentIds, LocalDate from, LocalDate to) {
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        BitSet marks = new BitSet(last - first + 1);
        marks.set(0);
        marks.set(last - first);
        for (Transaction t : txns) {
            long day = t.date().toEpochDay();
            if (day >= first && day <= last) marks.set((int) (day - first));
        }
        for (long id : instrumentIds) {
            DailyCloses c = prices.closesOf(id).orElse(null);
            if (c == null) continue;
            for (int i = Math.max(0, c.indexOnOrBefore(first)); i < c.size() && c.day(i) <= last; i++) {
                if (c.day(i) >= first) marks.set(c.day(i) - first);
            }
        }
        int[] days = new int[marks.cardinality()];
        int k = 0;
        for (int i = marks.nextSetBit(0); i >= 0; i = marks.nextSetBit(i + 1)) days[k++] = first + i;
        return days;
    }
}
