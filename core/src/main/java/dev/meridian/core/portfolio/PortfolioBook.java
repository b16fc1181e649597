package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.portfolio.fx.FxRates;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything the accounting engines need for a set of portfolios, loaded once. */
public record PortfolioBook(List<Portfolio> portfolios, Map<Long, Account> accounts, Ledger ledger, PriceHistory prices, FxRates fx) {

    public PortfolioBook {
        portfolios = List.copyOf(portfolios);
        accounts = Map.copyOf(accounts);
    }

    public Set<Long> accountIdsOf(long portfolioId) {
        return accounts.values().stream().filter(a -> Long.valueOf(portfolioId).equals(a.portfolioId()))
                .map(Account::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The accounts of every portfolio, for "all portfolios" figures. */
    public Set<Long> allAccountIds() {
        return Set.copyOf(accounts.keySet());
    }
}
