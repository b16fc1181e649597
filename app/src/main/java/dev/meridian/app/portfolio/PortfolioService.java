package dev.meridian.app.portfolio;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AuditEntry;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.TargetAllocation;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.PortfolioBookLoader;
import dev.meridian.core.portfolio.allocation.AllocationDimension;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.statement.ExpectedDividend;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import dev.meridian.core.portfolio.statement.PortfolioStatements;
import dev.meridian.core.portfolio.statement.PositionDetail;
import dev.meridian.core.portfolio.statement.RebalancingView;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import dev.meridian.core.portfolio.statement.StatementScope;
import dev.meridian.core.portfolio.statement.UpcomingDividends;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CorporateActionRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.TargetAllocationRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place the portfolio screens and exports get their figures from. It loads the vault's
 * portfolio book once and keeps it (and the {@link PortfolioStatements} over it) until the vault
 * changes — a different number of bookings or a new audit entry — or the day turns. Every method
 * runs off the FX thread (through {@code BackgroundWork}); calls are serialized because the
 * accounting engines are not thread-safe.
 */
public final class PortfolioService {

    /** How far ahead the dashboard looks for dividends. */
    static final int DIVIDEND_HORIZON_DAYS = 90;

    private final PortfolioBookLoader loader;
    private final TransactionRepository transactions;
    private final AccountRepository accounts;
    private final InstrumentRepository instruments;
    private final BarRepository bars;
    private final AuditLog audit;
    private final TargetAllocationRepository targets;
    private final CorporateActionRepository actions;
    private final Clock clock;
    private final Map<Long, DailyCloses> benchmarkCloses = new HashMap<>();
    private PortfolioStatements statements;
    private Fingerprint loadedFrom;

    private record Fingerprint(int bookings, long lastAudit, LocalDate day) { }

    public PortfolioService(PortfolioBookLoader loader, TransactionRepository transactions, AccountRepository accounts,
                            InstrumentRepository instruments, BarRepository bars, AuditLog audit,
                            TargetAllocationRepository targets, CorporateActionRepository actions, Clock clock) {
        this.loader = loader;
        this.transactions = transactions;
        this.accounts = accounts;
        this.instruments = instruments;
        this.bars = bars;
        this.audit = audit;
        this.targets = targets;
        this.actions = actions;
        this.clock = clock;
    }

    /** The statements over the current book, reloading it first if the vault changed since it was loaded. */
    public synchronized PortfolioStatements statements() {
        Fingerprint now = new Fingerprint(transactions.count(), audit.recent(1).stream().mapToLong(AuditEntry::id).findFirst().orElse(0),
                LocalDate.now(clock));
        if (statements == null || !now.equals(loadedFrom)) {
            statements = new PortfolioStatements(loader.load(), now.day());
            benchmarkCloses.clear();
            loadedFrom = now;
        }
        return statements;
    }

    private synchronized <T> T read(Function<PortfolioStatements, T> query) {
        return query.apply(statements());
    }

    public List<StatementScope> scopes() {
        return read(PortfolioStatements::scopes);
    }

    /** @param portfolioId a portfolio, or null for all portfolios */
    public StatementScope scope(Long portfolioId) {
        return read(s -> portfolioId == null ? s.all() : s.portfolio(portfolioId));
    }

    public HoldingsStatement holdings(Long portfolioId) {
        return read(s -> s.holdings(scopeIn(s, portfolioId)));
    }

    public PositionDetail position(Long portfolioId, long instrumentId) {
        return read(s -> s.position(scopeIn(s, portfolioId), instrumentId));
    }

    public List<Transaction> transactions(Long portfolioId) {
        return read(s -> s.transactions(scopeIn(s, portfolioId)));
    }

    public List<AllocationSlice> allocation(Long portfolioId, AllocationDimension dimension) {
        return read(s -> s.allocation(scopeIn(s, portfolioId), dimension));
    }

    /** The rebalancing plan toward the portfolio's stored targets; empty for "all" or without targets. */
    public Optional<RebalancingView> rebalancing(Long portfolioId) {
        if (portfolioId == null) return Optional.empty();
        List<TargetAllocation> stored = targets.forPortfolio(portfolioId);
        if (stored.isEmpty()) return Optional.empty();
        return Optional.of(read(s -> s.rebalancing(s.portfolio(portfolioId), stored)));
    }

    public LocalDate asOf() {
        return read(PortfolioStatements::asOf);
    }

    public LocalDate inception(Long portfolioId) {
        return read(s -> s.inception(scopeIn(s, portfolioId)));
    }

    /** The portfolio accounts of the book, by id. */
    public Map<Long, Account> portfolioAccounts() {
        return read(s -> s.book().accounts());
    }

    /** The instruments the book's bookings trade, by id. */
    public Map<Long, Instrument> tradedInstruments() {
        return read(s -> s.book().prices().instruments());
    }

    /** Every instrument of the vault, by symbol: what a benchmark can be. */
    public List<Instrument> instruments() {
        return instruments.all().stream().sorted(Comparator.comparing(Instrument::symbol)).toList();
    }

    /** The portfolio's own benchmark; for all portfolios the first portfolio's. */
    public Optional<Long> defaultBenchmark(Long portfolioId) {
        return read(s -> s.book().portfolios().stream()
                .filter(p -> portfolioId == null || p.id() == portfolioId)
                .min(Comparator.comparingLong(Portfolio::id))
                .map(Portfolio::benchmarkInstrumentId));
    }

    /**
     * Performance of a portfolio (or all, or one instrument in it) over a period against a benchmark.
     *
     * @param from null for the period's own start ({@link ReportPeriod#start})
     */
    public PerformanceFigures performance(Long portfolioId, Long instrumentId, ReportPeriod period, LocalDate from, LocalDate to,
                                          Long benchmarkId) {
        return read(s -> {
            StatementScope scope = scopeIn(s, portfolioId);
            LocalDate end = to == null ? s.asOf() : to;
            LocalDate start = from != null ? from : period.start(end, s.inception(scope));
            Instrument benchmark = benchmarkId == null ? null : instruments.find(benchmarkId).orElse(null);
            DailyCloses closes = benchmark == null ? null
                    : benchmarkCloses.computeIfAbsent(benchmark.id(), id -> DailyCloses.of(bars.load(id, Timeframe.D1), ZoneId.of(benchmark.timeZone())));
            return s.performance(scope, instrumentId, start, end, benchmark, closes);
        });
    }

    /** Everything the dashboard shows, in one pass over the cached book. */
    public DashboardSummary dashboard(int movers, int recent) {
        return read(s -> {
            StatementScope all = s.all();
            HoldingsStatement holdings = s.holdings(all);
            List<HoldingLine> byMove = holdings.lines().stream()
                    .sorted(Comparator.comparingDouble((HoldingLine l) -> Math.abs(l.dayChangePercent())).reversed())
                    .limit(movers).toList();
            List<ExpectedDividend> dividends = new ArrayList<>();
            s.heldQuantities(all).forEach((instrument, quantity) ->
                    dividends.addAll(UpcomingDividends.of(instrument, quantity, actions.forInstrument(instrument.id()), s.asOf(), DIVIDEND_HORIZON_DAYS)));
            dividends.sort(Comparator.comparing(ExpectedDividend::exDate));
            List<Transaction> latest = s.transactions(all).stream().limit(recent).toList();
            Map<Long, String> names = new HashMap<>();
            for (Account a : accounts.all()) names.put(a.id(), a.name());
            PerformanceFigures lastYear = null;
            if (!all.accountIds().isEmpty()) {
                LocalDate start = ReportPeriod.ONE_YEAR.start(s.asOf(), s.inception(all));
                lastYear = s.performance(all, null, start, s.asOf(), null, null);
            }
            return new DashboardSummary(holdings, byMove, s.allocation(all, AllocationDimension.ASSET_CLASS), dividends, latest, names, lastYear);
        });
    }

    private static StatementScope scopeIn(PortfolioStatements s, Long portfolioId) {
        return portfolioId == null ? s.all() : s.portfolio(portfolioId);
    }
}
