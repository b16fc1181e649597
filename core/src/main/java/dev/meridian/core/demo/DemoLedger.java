package dev.meridian.core.demo;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every booking of the demo vault for known account, instrument and category ids: the three portfolios
 * and the bank accounts. Where both overlap in time, the US portfolio's monthly deposits arrive as
 * transfers from the checking account, so the two halves link up.
 */
public final class DemoLedger {

    /** Account ids of the portfolio accounts in {@link DemoPortfolios#all()} order, and of the bank accounts. */
    public record AccountIds(List<Long> portfolioAccounts, BankScenario.Accounts bank) {}

    private DemoLedger() {
    }

    public static List<Transaction> build(long seed, LocalDate today, DemoMarket market, Map<String, Long> instrumentIds,
                                          AccountIds accounts, Map<String, Long> categoryIds) {
        List<PortfolioPlan> plans = DemoPortfolios.all();
        if (accounts.portfolioAccounts().size() != plans.size()) {
            throw new IllegalArgumentException("Need one account id per demo portfolio, got " + accounts.portfolioAccounts().size());
        }
        List<Transaction> all = new ArrayList<>();
        List<BankScenario.InvestmentTransfer> investing = new ArrayList<>();
        LocalDate bankStart = BankScenario.start(today);
        long checking = accounts.bank().checking();
        for (int p = 0; p < plans.size(); p++) {
            PortfolioPlan plan = plans.get(p);
            long accountId = accounts.portfolioAccounts().get(p);
            List<Transaction> txns = new PortfolioScenario(plan, accountId, market.daily(), instrumentIds)
                    .generate(today, DemoRandom.stream(seed, "portfolio:" + plan.name()));
            boolean fundedFromChecking = plan.currency().equals(BankScenario.CURRENCY) && p == 0;
            for (Transaction t : txns) {
                if (fundedFromChecking && t.type() == TransactionType.DEPOSIT && !t.date().isBefore(bankStart)) {
                    investing.add(new BankScenario.InvestmentTransfer(t.date(), t.amount().amount(), accountId, plan.accountName()));
                    all.add(new Transaction(0, accountId, TransactionType.TRANSFER_IN, t.date(), t.amount(), null, null, null, null, null,
                            BankScenario.CHECKING_NAME, "Transfer from " + BankScenario.CHECKING_NAME, categoryIds.get(DemoCategories.INVESTMENTS),
                            null, checking, null, null));
                } else {
                    all.add(t);
                }
            }
        }
        all.addAll(new BankScenario(accounts.bank(), categoryIds).generate(today, DemoRandom.stream(seed, "bank"), investing));
        all.sort(Comparator.comparing(Transaction::date));
        return List.copyOf(all);
    }
}
