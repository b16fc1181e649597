package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.TargetAllocation;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plans trades that move a snapshot toward target weights with as few trades as possible, using
 * cash on hand first.
 *
 * <p>Algorithm (greedy, one trade per key at most):
 * <ol>
 *   <li>Total = holdings + cash. Each targeted key's target value is {@code weight * total}; its gap
 *       is target minus current value. Held keys without a target are left alone. What the targets
 *       and untargeted holdings leave over is the cash target; cash above it is spendable.</li>
 *   <li>If spendable cash covers the sum of all buy gaps, nothing is sold. Otherwise overweight
 *       keys are sold, largest excess first, each by no more than its excess and no more than the
 *       cash still missing, until the buys are covered or nothing is overweight.</li>
 *   <li>Underweight keys are bought, largest gap first, each by its gap or the cash left.</li>
 * </ol>
 * Gaps below {@code minimumTrade} are ignored. Filling the largest gaps first keeps the number of
 * trades small: every trade but the last on each side closes its gap completely. A key trades
 * through its largest held instrument; an unheld key through the known instrument whose key it
 * is, else it is reported as unreachable.
 */
public final class RebalancingPlanner {

    private RebalancingPlanner() {}

    /**
     * @param keyOf       the allocation key of an instrument (its symbol, asset class, a classification label...)
     * @param tradable    instruments that may be bought for keys not held yet
     */
    public static RebalancingPlan plan(PortfolioSnapshot s, List<TargetAllocation> targets, Function<Instrument, String> keyOf,
                                       Collection<Instrument> tradable, Money minimumTrade) {
        String ccy = s.currency();
        BigDecimal weights = targets.stream().map(TargetAllocation::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(BigDecimal.ONE) > 0) throw new IllegalArgumentException("Target weights add up to " + weights.toPlainString() + ", more than 1");
        Money total = s.total();
        Map<String, Money> current = new HashMap<>();
        Map<String, Holding> largest = new HashMap<>();
        for (Holding h : s.holdings()) {
            String key = keyOf.apply(h.instrument());
            current.merge(key, h.value(), Money::plus);
            largest.merge(key, h, (a, b) -> a.value().compareTo(b.value()) >= 0 ? a : b);
        }
        Money targeted = Money.zero(ccy);
        Map<String, Money> gaps = new HashMap<>();
        for (TargetAllocation t : targets) {
            Money target = total.times(t.weight());
            targeted = targeted.plus(target);
            gaps.put(t.key(), target.minus(current.getOrDefault(t.key(), Money.zero(ccy))));
        }
        Money untargeted = Money.zero(ccy);
        for (var e : current.entrySet()) if (!gaps.containsKey(e.getKey())) untargeted = untargeted.plus(e.getValue());
        Money cashTarget = max(total.minus(targeted).minus(untargeted), Money.zero(ccy));
        Money spendable = s.cashValue().minus(cashTarget);

        List<RebalancingTrade> trades = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        List<Map.Entry<String, Money>> buys = sorted(gaps, 1, minimumTrade);
        List<Map.Entry<String, Money>> buyable = new ArrayList<>();
        Money needed = Money.zero(ccy);
        for (var b : buys) {
            Instrument i = instrumentFor(b.getKey(), largest, tradable, keyOf);
            if (i == null) {
                unreachable.add(b.getKey());
                continue;
            }
            buyable.add(b);
            needed = needed.plus(b.getValue());
        }
        for (var sell : sorted(gaps, -1, minimumTrade)) {
            Money missing = needed.minus(spendable);
            if (missing.compareTo(minimumTrade) < 0) break;
            Money amount = min(sell.getValue().negate(), missing);
            trades.add(new RebalancingTrade(sell.getKey(), largest.get(sell.getKey()).instrument(), RebalancingTrade.Side.SELL, amount));
            spendable = spendable.plus(amount);
        }
        for (var b : buyable) {
            if (spendable.compareTo(minimumTrade) < 0) break;
            Money amount = min(b.getValue(), spendable);
            trades.add(new RebalancingTrade(b.getKey(), instrumentFor(b.getKey(), largest, tradable, keyOf), RebalancingTrade.Side.BUY, amount));
            spendable = spendable.minus(amount);
        }
        Money cashAfter = s.cashValue();
        for (RebalancingTrade t : trades) cashAfter = t.side() == RebalancingTrade.Side.BUY ? cashAfter.minus(t.amount()) : cashAfter.plus(t.amount());
        return new RebalancingPlan(trades, cashAfter, unreachable);
    }

    /** Gaps of one sign ({@code 1} buys, {@code -1} sells) at least {@code minimum} in size, largest first. */
    private static List<Map.Entry<String, Money>> sorted(Map<String, Money> gaps, int sign, Money minimum) {
        return gaps.entrySet().stream()
                .filter(e -> e.getValue().signum() == sign && e.getValue().abs().compareTo(minimum) >= 0)
                .sorted(Comparator.comparing((Map.Entry<String, Money> e) -> e.getValue().abs()).reversed().thenComparing(Map.Entry::getKey))
                .toList();
    }

    private static Instrument instrumentFor(String key, Map<String, Holding> largest, Collection<Instrument> tradable,
                                            Function<Instrument, String> keyOf) {
        Holding held = largest.get(key);
        if (held != null) return held.instrument();
        return tradable.stream().filter(i -> key.equals(keyOf.apply(i))).findFirst().orElse(null);
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
