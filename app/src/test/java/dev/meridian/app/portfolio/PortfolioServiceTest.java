package dev.meridian.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.LotPnl;
import dev.meridian.core.portfolio.PnlSummary;
import dev.meridian.core.portfolio.PortfolioBook;
import dev.meridian.core.portfolio.Position;
import dev.meridian.core.portfolio.ProfitAndLoss;
import dev.meridian.core.portfolio.allocation.AllocationDimension;
import dev.meridian.core.portfolio.allocation.AllocationSlice;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import dev.meridian.core.portfolio.risk.AnnualizationBasis;
import dev.meridian.core.portfolio.risk.RiskMetrics;
import dev.meridian.core.portfolio.risk.RiskReport;
import dev.meridian.core.portfolio.statement.HoldingLine;
import dev.meridian.core.portfolio.statement.HoldingsStatement;
import dev.meridian.core.portfolio.statement.PerformanceFigures;
import dev.meridian.core.portfolio.statement.PositionDetail;
import dev.meridian.core.portfolio.statement.ReportPeriod;
import dev.meridian.core.portfolio.statement.StatementScope;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's figures are core's figures on the demo vault (a real H2 file), and it reloads when the vault changes. */
class PortfolioServiceTest {

    @TempDir static Path dir;
    private static Database db;
    private static PortfolioService service;
    private static PortfolioBook book;
    private static LocalDate today;

    @BeforeAll
    static void demoVault() {
        db = Database.openPlain(dir.resolve("demo"));
        DemoBook.populate(db.dsl());
        service = DemoBook.service(db.dsl(), Clock.systemDefaultZone());
        today = service.asOf();
        book = DemoBook.loader(db.dsl()).load();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void holdingsEqualCoreProfitAndLossForEveryScope() {
        ProfitAndLoss pnl = new ProfitAndLoss(book.ledger(), book.prices(), book.fx());
        List<StatementScope> scopes = service.scopes();
        assertThat(scopes).hasSize(4);
        for (StatementScope scope : scopes) {
            HoldingsStatement h = service.holdings(scope.portfolioId());
            PnlSummary expected = pnl.accounts(scope.accountIds(), today, scope.currency());
            assertThat(h.totals()).isEqualTo(expected);
            assertThat(h.lines()).isNotEmpty();
            Money lineValues = Money.zero(scope.currency());
            Money lineCosts = Money.zero(scope.currency());
            for (HoldingLine l : h.lines()) {
                lineValues = lineValues.plus(l.marketValue());
                lineCosts = lineCosts.plus(l.cost());
                PnlSummary position = positionPnl(pnl, scope, l.instrument().id());
                assertThat(l.marketValue()).isEqualTo(position.marketValue());
                assertThat(l.realized()).isEqualTo(position.realized());
            }
            assertThat(lineValues.amount()).isEqualByComparingTo(expected.marketValue().amount());
            assertThat(lineCosts.amount()).isEqualByComparingTo(expected.cost().amount());
            BigDecimal weights = h.lines().stream().map(HoldingLine::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(weights.doubleValue() * h.total().amount().doubleValue())
                    .isCloseTo(expected.marketValue().amount().doubleValue(), org.assertj.core.data.Offset.offset(0.01));
        }
    }

    private static PnlSummary positionPnl(ProfitAndLoss pnl, StatementScope scope, long instrumentId) {
        PnlSummary sum = PnlSummary.zero(scope.currency());
        for (Position p : book.ledger().positions()) {
            if (p.isOpen() && p.instrumentId() == instrumentId && scope.accountIds().contains(p.accountId())) {
                sum = sum.plus(pnl.position(p, today, scope.currency()));
            }
        }
        return sum;
    }

    @Test
    void performanceEqualsCorePerformanceCalculatorAndRiskMetrics() {
        PerformanceCalculator calculator = new PerformanceCalculator(book.ledger(), book.prices(), book.fx());
        for (StatementScope scope : service.scopes()) {
            long benchmarkId = service.defaultBenchmark(scope.portfolioId()).orElseThrow();
            PerformanceFigures f = service.performance(scope.portfolioId(), null, ReportPeriod.ONE_YEAR, null, null, benchmarkId);
            LocalDate from = today.minusYears(1);
            PerformanceReport expected = calculator.report(PerformanceScope.accounts(scope.accountIds()), from, today, scope.currency());
            assertThat(f.report().from()).isEqualTo(from);
            assertThat(f.report().ttwror()).isEqualTo(expected.ttwror());
            assertThat(f.report().ttwrorAnnualized()).isEqualTo(expected.ttwrorAnnualized());
            assertThat(f.report().absoluteGain()).isEqualTo(expected.absoluteGain());
            assertThat(f.report().irr()).isEqualTo(expected.irr());
            boolean cryptoOnly = scope.label().equals("Crypto");
            RiskReport risk = RiskMetrics.of((int) from.toEpochDay(), expected.daily(),
                    cryptoOnly ? AnnualizationBasis.CALENDAR_DAYS : AnnualizationBasis.TRADING_DAYS, 0);
            assertThat(f.risk()).isEqualTo(risk);
            Instrument benchmark = service.instruments().stream().filter(i -> i.id() == benchmarkId).findFirst().orElseThrow();
            DailyCloses closes = DailyCloses.of(new BarRepository(db.dsl()).load(benchmarkId, Timeframe.D1), ZoneId.of(benchmark.timeZone()));
            assertThat(f.comparison()).isEqualTo(RiskMetrics.compare((int) from.toEpochDay(), expected.daily(), closes));
            assertThat(f.cumulative()[f.cumulative().length - 1]).isCloseTo(expected.ttwror(), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(f.benchmarkCumulative()[0]).isZero();
        }
    }

    @Test
    void aPositionsLotsAddUpToItsHolding() {
        for (StatementScope scope : service.scopes()) {
            for (HoldingLine line : service.holdings(scope.portfolioId()).lines()) {
                PositionDetail d = service.position(scope.portfolioId(), line.instrument().id());
                BigDecimal quantity = d.lots().stream().map(l -> l.lot().quantity()).reduce(BigDecimal.ZERO, BigDecimal::add);
                Money cost = d.lots().stream().map(LotPnl::cost).reduce(Money.zero(scope.currency()), Money::plus);
                assertThat(quantity).isEqualByComparingTo(line.quantity());
                assertThat(cost.amount()).isEqualByComparingTo(line.cost().amount());
                assertThat(d.transactions()).isNotEmpty().allMatch(t -> t.instrumentId() == line.instrument().id());
            }
        }
    }

    @Test
    void allocationSharesAddUpToTheWholeAndTheUsPortfolioHasARebalancingPlan() {
        long us = service.scopes().get(1).portfolioId();
        for (AllocationDimension d : AllocationDimension.values()) {
            List<AllocationSlice> slices = service.allocation(us, d);
            assertThat(slices.stream().map(AllocationSlice::weight).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue()).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(service.rebalancing(us)).hasValueSatisfying(v -> {
            assertThat(v.keyKind()).isEqualTo("Asset class");
            assertThat(v.gaps()).extracting(g -> g.key()).containsExactlyInAnyOrder("STOCK", "ETF");
        });
        assertThat(service.rebalancing(null)).isEmpty();
    }

    @Test
    void theBookIsLoadedOnceAndReloadedWhenTheVaultChanges() {
        var first = service.statements();
        assertThat(service.statements()).isSameAs(first);
        long account = service.scopes().get(1).accountIds().iterator().next();
        String ccy = new AccountRepository(db.dsl()).find(account).orElseThrow().currency();
        Money before = service.holdings(service.scopes().get(1).portfolioId()).cash();
        Transaction deposit = new TransactionRepository(db.dsl()).insert(Transaction.cash(account, TransactionType.DEPOSIT, today,
                Money.of("1000.25", ccy), null, "test deposit", null));
        try {
            assertThat(service.statements()).isNotSameAs(first);
            Money after = service.holdings(service.scopes().get(1).portfolioId()).cash();
            assertThat(after.minus(before).amount()).isEqualByComparingTo("1000.25");
        } finally {
            new TransactionRepository(db.dsl()).delete(deposit.id());
        }
    }
}
