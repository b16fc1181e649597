package dev.meridian.core.portfolio.allocation;

import dev.meridian.core.domain.Instrument;
import dev.meridian.core.money.Money;

/** Buy or sell {@code amount} (report currency) of {@code instrument} to move allocation key {@code key} toward its target. */
public record RebalancingTrade(String key, Instrument instrument, Side side, Money amount) {
    public enum Side { BUY, SELL }
}
