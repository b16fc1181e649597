package dev.meridian.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.FxRate;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioBookLoaderTest {

    @TempDir Path dir;

    @Test
    void loadsAEurPortfolioWithAUsdAccountFromTheDatabase() {
        try (Database db = Database.openPlain(dir.resolve("db"))) {
            DSLContext dsl = db.dsl();
            Portfolio p = new PortfolioRepository(dsl).insert(new Portfolio(0, "Growth", "EUR", CostMethod.AVERAGE_COST, null));
            Account broker = new AccountRepository(dsl).insert(new Account(0, "IB", AccountType.BROKERAGE, "USD", p.id(), null, null, null, false, null));
            new AccountRepository(dsl).insert(new Account(0, "Giro", AccountType.BANK, "EUR", null, null, null, null, false, null));
            Instrument acme = new InstrumentRepository(dsl).insert(
                    new Instrument(0, "ACME", "Acme", AssetClass.STOCK, "XNYS", "USD", null, "Tech", "US", "America/New_York"));
            BarSeries daily = new BarSeries(4);
            daily.append(LocalDate.of(2024, 1, 2).atTime(14, 30).toInstant(ZoneOffset.UTC).toEpochMilli(), 100, 100, 100, 100, 0);
            daily.append(LocalDate.of(2024, 1, 3).atTime(14, 30).toInstant(ZoneOffset.UTC).toEpochMilli(), 120, 120, 120, 120, 0);
            new BarRepository(dsl).merge(acme.id(), Timeframe.D1, daily);
            new FxRateRepository(dsl).put(new FxRate(LocalDate.of(2024, 1, 1), "USD", "EUR", new BigDecimal("0.9")));
            TransactionRepository txns = new TransactionRepository(dsl);
            txns.insert(Transaction.cash(broker.id(), TransactionType.DEPOSIT, LocalDate.of(2024, 1, 2), Money.of("1000", "USD"), null, null, null));
            txns.insert(Transaction.trade(broker.id(), TransactionType.BUY, LocalDate.of(2024, 1, 2), acme.id(),
                    new BigDecimal("10"), new BigDecimal("100"), Money.of("0", "USD"), null));

            PortfolioBook book = new PortfolioBookLoader(new PortfolioRepository(dsl), new AccountRepository(dsl), txns,
                    new InstrumentRepository(dsl), new BarRepository(dsl), new FxRateRepository(dsl)).load();

            assertThat(book.accountIdsOf(p.id())).containsExactly(broker.id());
            assertThat(book.ledger().methodOf(broker.id())).isEqualTo(CostMethod.AVERAGE_COST);
            PnlSummary eur = new ProfitAndLoss(book.ledger(), book.prices(), book.fx())
                    .accounts(book.accountIdsOf(p.id()), LocalDate.of(2024, 1, 3), "EUR");
            assertThat(eur.unrealized().amount()).isEqualByComparingTo("180"); // 10 * (120 - 100) USD * 0.9
            PerformanceReport r = new PerformanceCalculator(book.ledger(), book.prices(), book.fx())
                    .report(PerformanceScope.accounts(book.allAccountIds()), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), "EUR");
            assertThat(r.ttwror()).isCloseTo(0.2, within(1e-12));
        }
    }
}
