package dev.meridian.core.portfolio.statement;

import java.util.Objects;
import java.util.Set;

/**
 * What a statement is about: one portfolio ({@code portfolioId}) or every portfolio ({@code null}),
 * the accounts that make it up and the currency its figures are reported in.
 */
public record StatementScope(Long portfolioId, String label, Set<Long> accountIds, String currency) {

    public StatementScope {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(currency, "currency");
        accountIds = Set.copyOf(accountIds);
    }

    public boolean isAll() {
        return portfolioId == null;
    }
}
