package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.money.Money;
import java.util.List;

/**
 * Trades in execution order (sells first), the cash left after them, and target keys that could
 * not be bought because no instrument carries them.
 */
public record RebalancingPlan(List<RebalancingTrade> trades, Money cashAfter, List<String> unreachableKeys) {
    public RebalancingPlan {
        trades = List.copyOf(trades);
        unreachableKeys = List.copyOf(unreachableKeys);
    }
}
