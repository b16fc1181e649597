package dev.meridian.core.portfolio.statement;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.TargetAllocation;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.LotPnl;
import dev.meridian.core.portfolio.PnlSummary;
import dev.meridian.core.portfolio.PortfolioBook;
import dev.meridian.core.portfolio.Position;
import dev.meridian.core.portfolio.Precision;
import dev.meridian.core.portfolio.ProfitAndLoss;
import dev.meridian.core.portfolio.allocation.Allocation;
import dev.meridian.core.portfolio.allocation.AllocationDimension;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.allocation.Holding;
import dev.meridian.core.portfolio.allocation.PortfolioSnapshot;
import dev.meridian.core.portfolio.allocation.RebalancingPlanner;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import dev.meridian.core.portfolio.risk.AnnualizationBasis;
import dev.meridian.core.portfolio.risk.BenchmarkComparison;
import dev.meridian.core.portfolio.risk.RiskMetrics;
import dev.meridian.core.portfolio.risk.RiskReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures every portfolio screen and export shows, computed from one loaded {@link PortfolioBook}
 * on one valuation day, so that the same thing always shows the same number. Money figures come
 * from {@link ProfitAndLoss} (exact), returns and risk from {@link PerformanceCalculator} and
 * {@link RiskMetrics} (risk-free rate 0). "All portfolios" reports in the base currency of the first
 * portfolio created. Not thread-safe: one caller at a time.
 */
public final class PortfolioStatements {

    public static final String ALL_LABEL = "All portfolios";

    private final PortfolioBook book;
    private final LocalDate asOf;
    private final ProfitAndLoss pnl;
    private final PerformanceCalculator performance;

    public PortfolioStatements(PortfolioBook book, LocalDate asOf) {
        this.book = book;
        this.asOf = asOf;
        this.pnl = new ProfitAndLoss(book.ledger(), book.prices(), book.fx());
        this.performance = new PerformanceCalculator(book.ledger(), book.prices(), book.fx());
    }

    public LocalDate asOf() {
        return asOf;
    }

    public PortfolioBook book() {
        return book;
    }

    /** "All portfolios" first, then each portfolio in the order they were created. */
    public List<StatementScope> scopes() {
        List<StatementScope> out = new ArrayList<>();
        out.add(all());
        portfolios().forEach(p -> out.add(portfolio(p.id())));
        return out;
    }

    public StatementScope all() {
        String currency = portfolios().stream().findFirst().map(Portfolio::baseCurrency).orElse("USD");
        return new StatementScope(null, ALL_LABEL, book.allAccountIds(), currency);
    }

    public StatementScope portfolio(long portfolioId) {
        Portfolio p = portfolios().stream().filter(x -> x.id() == portfolioId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No portfolio with id " + portfolioId));
        return new StatementScope(p.id(), p.name(), book.accountIdsOf(p.id()), p.baseCurrency());
    }

    private List<Portfolio> portfolios() {
        return book.portfolios().stream().sorted(Comparator.comparingLong(Portfolio::id)).toList();
    }

    public HoldingsStatement holdings(StatementScope s) {
        String ccy = s.currency();
        PortfolioSnapshot snapshot = snapshot(s);
        Money total = snapshot.total();
        List<HoldingLine> lines = new ArrayList<>();
        Money dayChange = Money.zero(ccy);
        for (var e : openPositions(s).entrySet()) {
            HoldingLine line = line(e.getKey(), e.getValue(), ccy, total);
            lines.add(line);
            dayChange = dayChange.plus(line.dayChange());
        }
        lines.sort(Comparator.comparing((HoldingLine l) -> l.marketValue().amount()).reversed());
        PnlSummary totals = s.accountIds().isEmpty() ? PnlSummary.zero(ccy) : pnl.accounts(s.accountIds(), asOf, ccy);
        return new HoldingsStatement(s, asOf, lines, snapshot.cashValue(), totals, dayChange, total);
    }

    private HoldingLine line(long instrumentId, List<Position> positions, String ccy, Money total) {
        Instrument instrument = book.prices().instrument(instrumentId);
        PnlSummary sum = PnlSummary.zero(ccy);
        BigDecimal quantity = BigDecimal.ZERO;
        for (Position p : positions) {
            sum = sum.plus(pnl.position(p, asOf, ccy));
            quantity = quantity.add(p.quantity());
        }
        BigDecimal lastClose = BigDecimal.valueOf(book.prices().closeOn(instrumentId, asOf));
        BigDecimal move = BigDecimal.ZERO;
        double movePercent = 0;
        DailyCloses closes = book.prices().closesOf(instrumentId).orElse(null);
        int i = closes == null ? -1 : closes.indexOnOrBefore((int) asOf.toEpochDay());
        if (i >= 1) {
            move = BigDecimal.valueOf(closes.close(i)).subtract(BigDecimal.valueOf(closes.close(i - 1)));
            movePercent = closes.close(i) / closes.close(i - 1) - 1;
        }
        Money dayChange = book.fx().convert(new Money(quantity.multiply(move), instrument.currency()), ccy, asOf);
        Money average = new Money(Precision.share(sum.cost().amount(), BigDecimal.ONE, quantity), ccy);
        BigDecimal weight = total.isZero() ? BigDecimal.ZERO : sum.marketValue().amount().divide(total.amount(), Precision.RATIO);
        return new HoldingLine(instrument, quantity, average, sum.cost(), sum.marketValue(), lastClose, dayChange, movePercent,
                sum.realized(), sum.income(), weight);
    }

    private Map<Long, List<Position>> openPositions(StatementScope s) {
        Map<Long, List<Position>> out = new TreeMap<>();
        for (Position p : book.ledger().positions()) {
            if (p.isOpen() && s.accountIds().contains(p.accountId())) out.computeIfAbsent(p.instrumentId(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** The open lots of one instrument in the scope, oldest first, and its bookings, newest first. */
    public PositionDetail position(StatementScope s, long instrumentId) {
        List<LotPnl> lots = new ArrayList<>();
        for (Position p : openPositions(s).getOrDefault(instrumentId, List.of())) lots.addAll(pnl.lots(p, asOf, s.currency()));
        lots.sort(Comparator.comparing((LotPnl l) -> l.lot().acquired()).thenComparingLong(l -> l.lot().openingTransactionId()));
        List<Transaction> bookings = new ArrayList<>();
        for (Transaction t : book.ledger().transactions()) {
            if (s.accountIds().contains(t.accountId()) && Long.valueOf(instrumentId).equals(t.instrumentId())) bookings.add(t);
        }
        return new PositionDetail(book.prices().instrument(instrumentId), lots, bookings.reversed());
    }

    /** Every booking of the scope's accounts, newest first. */
    public List<Transaction> transactions(StatementScope s) {
        List<Transaction> out = new ArrayList<>();
        for (Transaction t : book.ledger().transactions()) if (s.accountIds().contains(t.accountId())) out.add(t);
        return out.reversed();
    }

    public PortfolioSnapshot snapshot(StatementScope s) {
        return PortfolioSnapshot.of(book.ledger(), s.accountIds(), book.prices(), book.fx(), asOf, s.currency());
    }

    public List<AllocationSlice> allocation(StatementScope s, AllocationDimension dimension) {
        return Allocation.by(dimension, snapshot(s));
    }

    /** The scope's first booking, or the valuation day when it has none. */
    public LocalDate inception(StatementScope s) {
        for (Transaction t : book.ledger().transactions()) if (s.accountIds().contains(t.accountId())) return t.date();
        return asOf;
    }

    /**
     * Returns, risk and benchmark comparison of the scope (or one instrument in it when
     * {@code instrumentId} is set) from {@code from} to {@code to}.
     *
     * @param benchmark       the instrument to compare with, or null
     * @param benchmarkCloses its daily closes, or null
     */
    public PerformanceFigures performance(StatementScope s, Long instrumentId, LocalDate from, LocalDate to,
                                          Instrument benchmark, DailyCloses benchmarkCloses) {
        if (s.accountIds().isEmpty()) throw new IllegalArgumentException(s.label() + " has no accounts to measure");
        if (from.isAfter(to)) throw new IllegalArgumentException("Period: the start " + from + " is after the end " + to);
        PerformanceScope scope = instrumentId == null ? PerformanceScope.accounts(s.accountIds())
                : PerformanceScope.security(s.accountIds(), instrumentId);
        PerformanceReport report = performance.report(scope, from, to, s.currency());
        int start = (int) report.from().toEpochDay();
        RiskReport risk = null;
        String riskUnavailable = null;
        try {
            risk = RiskMetrics.of(start, report.daily(), basis(s, instrumentId), 0);
        } catch (IllegalArgumentException e) {
            riskUnavailable = e.getMessage();
        }
        BenchmarkComparison comparison = null;
        String comparisonUnavailable = null;
        if (benchmarkCloses == null || benchmarkCloses.size() == 0) {
            comparisonUnavailable = benchmark == null ? "No benchmark chosen" : "No daily prices for " + benchmark.symbol();
        } else {
            try {
                comparison = RiskMetrics.compare(start, report.daily(), benchmarkCloses);
            } catch (IllegalArgumentException e) {
                comparisonUnavailable = e.getMessage();
            }
        }
        int n = report.daily().size();
        int[] days = new int[n + 1];
        double[] cumulative = new double[n + 1];
        days[0] = start;
        double index = 1;
        for (int i = 0; i < n; i++) {
            days[i + 1] = report.daily().epochDays()[i];
            index *= 1 + report.daily().returns()[i];
            cumulative[i + 1] = index - 1;
        }
        return new PerformanceFigures(instrumentId == null ? s.label() : s.label() + " · " + book.prices().instrument(instrumentId).symbol(),
                report, risk, riskUnavailable, benchmark, comparison, comparisonUnavailable, days, cumulative,
                benchmarkCurve(days, benchmarkCloses));
    }

    private static double[] benchmarkCurve(int[] days, DailyCloses closes) {
        double[] out = new double[days.length];
        java.util.Arrays.fill(out, Double.NaN);
        if (closes == null || closes.size() == 0) return out;
        int first = closes.indexOnOrBefore(days[0]);
        double base = first >= 0 ? closes.close(first) : Double.NaN;
        for (int i = 0; i < days.length; i++) {
            int k = closes.indexOnOrBefore(days[i]);
            if (k < 0) continue;
            if (Double.isNaN(base)) base = closes.close(k);
            out[i] = closes.close(k) / base - 1;
        }
        return out;
    }

    private AnnualizationBasis basis(StatementScope s, Long instrumentId) {
        Set<AssetClass> classes = EnumSet.noneOf(AssetClass.class);
        if (instrumentId != null) {
            classes.add(book.prices().instrument(instrumentId).assetClass());
        } else {
            for (Position p : book.ledger().positions()) {
                if (s.accountIds().contains(p.accountId())) classes.add(book.prices().instrument(p.instrumentId()).assetClass());
            }
        }
        return AnnualizationBasis.forAssetClasses(classes);
    }

    /**
     * The portfolio's targets against its holdings and the plan toward them. Targets keyed by asset
     * class names ({@code STOCK}, {@code ETF}...) compare asset classes; any other key is an instrument symbol.
     */
    public RebalancingView rebalancing(StatementScope s, List<TargetAllocation> targets) {
        boolean byClass = targets.stream().allMatch(t -> isAssetClass(t.key()));
        Function<Instrument, String> keyOf = byClass ? i -> i.assetClass().name() : Instrument::symbol;
        PortfolioSnapshot snapshot = snapshot(s);
        Money total = snapshot.total();
        Map<String, Money> current = new LinkedHashMap<>();
        for (Holding h : snapshot.holdings()) current.merge(keyOf.apply(h.instrument()), h.value(), Money::plus);
        List<TargetGap> gaps = new ArrayList<>();
        for (TargetAllocation t : targets) {
            Money value = current.getOrDefault(t.key(), Money.zero(s.currency()));
            gaps.add(new TargetGap(t.key(), value, total.isZero() ? BigDecimal.ZERO : value.amount().divide(total.amount(), Precision.RATIO),
                    t.weight()));
        }
        var plan = RebalancingPlanner.plan(snapshot, targets, keyOf, book.prices().instruments().values(), new Money(BigDecimal.ONE, s.currency()));
        return new RebalancingView(byClass ? "Asset class" : "Instrument", gaps, plan);
    }

    private static boolean isAssetClass(String key) {
        for (AssetClass c : AssetClass.values()) if (c.name().equals(key)) return true;
        return false;
    }

    /** The ledger's instruments held (open) anywhere in the scope with their summed quantity. */
    public Map<Instrument, BigDecimal> heldQuantities(StatementScope s) {
        Map<Instrument, BigDecimal> out = new LinkedHashMap<>();
        openPositions(s).forEach((id, positions) -> {
            BigDecimal q = BigDecimal.ZERO;
            for (Position p : positions) q = q.add(p.quantity());
            out.put(book.prices().instrument(id), q);
        });
        return out;
    }
}
