package dev.meridian.core.portfolio.performance;

import java.util.Objects;
import java.util.Set;

/**
 * What a performance figure is about: a set of accounts (one account, a portfolio's accounts, or
 * all portfolios' accounts), optionally narrowed to one security held in them.
 */
public record PerformanceScope(Set<Long> accountIds, Long instrumentId) {

    public PerformanceScope {
        accountIds = Set.copyOf(Objects.requireNonNull(accountIds, "accountIds"));
        if (accountIds.isEmpty()) throw new IllegalArgumentException("A performance scope needs at least one account");
    }

    public static PerformanceScope accounts(Set<Long> accountIds) {
        return new PerformanceScope(accountIds, null);
    }

    public static PerformanceScope security(Set<Long> accountIds, long instrumentId) {
        return new PerformanceScope(accountIds, instrumentId);
    }

    public boolean isSecurity() {
        return instrumentId != null;
    }
}
