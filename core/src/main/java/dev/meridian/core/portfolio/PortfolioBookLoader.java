package dev.meridian.core.portfolio;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.FxRate;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.portfolio.fx.FxRateTable;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads every portfolio, its accounts and their bookings, the instruments they trade with daily
 * closes, and the exchange rates between every currency met and each portfolio's base currency.
 */
public final class PortfolioBookLoader {

    private final PortfolioRepository portfolios;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final InstrumentRepository instruments;
    private final BarRepository bars;
    private final FxRateRepository rates;

    public PortfolioBookLoader(PortfolioRepository portfolios, AccountRepository accounts, TransactionRepository transactions,
                               InstrumentRepository instruments, BarRepository bars, FxRateRepository rates) {
        this.portfolios = portfolios;
        this.accounts = accounts;
        this.transactions = transactions;
        this.instruments = instruments;
        this.bars = bars;
        this.rates = rates;
    }

    public PortfolioBook load() {
        List<Portfolio> all = portfolios.all();
        Map<Long, Portfolio> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), p));
        Map<Long, Account> held = new HashMap<>();
        Map<Long, CostMethod> methods = new HashMap<>();
        for (Account a : accounts.all()) {
            if (a.portfolioId() == null || !byId.containsKey(a.portfolioId())) continue;
            held.put(a.id(), a);
            methods.put(a.id(), byId.get(a.portfolioId()).costMethod());
        }
        List<Transaction> booked = new ArrayList<>();
        for (long id : held.keySet()) booked.addAll(transactions.forAccount(id));
        Ledger ledger = Ledger.of(booked, methods, CostMethod.FIFO);

        Map<Long, Instrument> used = new HashMap<>();
        Map<Long, DailyCloses> closes = new HashMap<>();
        Set<String> currencies = new TreeSet<>();
        held.values().forEach(a -> currencies.add(a.currency()));
        for (Transaction t : booked) {
            if (t.instrumentId() == null || used.containsKey(t.instrumentId())) continue;
            Instrument i = instruments.find(t.instrumentId())
                    .orElseThrow(() -> new IllegalStateException("Transaction " + t.id() + " refers to missing instrument " + t.instrumentId()));
            used.put(i.id(), i);
            currencies.add(i.currency());
            closes.put(i.id(), DailyCloses.of(bars.load(i.id(), Timeframe.D1), ZoneId.of(i.timeZone())));
        }
        List<FxRate> fx = new ArrayList<>();
        for (Portfolio p : all) {
            for (String c : currencies) {
                if (c.equals(p.baseCurrency())) continue;
                fx.addAll(rates.history(c, p.baseCurrency()));
                fx.addAll(rates.history(p.baseCurrency(), c));
            }
        }
        return new PortfolioBook(all, held, ledger, new PriceHistory(used, closes), new FxRateTable(fx));
    }
}
