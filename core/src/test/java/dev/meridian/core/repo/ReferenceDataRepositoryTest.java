package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.ImportBatch;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.InstrumentProviderId;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Instruments, portfolios, categories, settings and import batches. */
class ReferenceDataRepositoryTest extends DatabaseFixture {

    static Instrument instrument(String symbol, String name) {
        return new Instrument(0, symbol, name, AssetClass.STOCK, "XETRA", "EUR", "DE0007164600", "Tech", "Europe", "Europe/Berlin");
    }

    @Test
    void instrumentsRoundTripSearchAndProviderIds() {
        var repo = new InstrumentRepository(dsl);
        Instrument sap = repo.insert(instrument("SAP", "SAP SE"));
        Instrument bare = repo.insert(new Instrument(0, "BTC", "Bitcoin", AssetClass.CRYPTO, null, "USD", null, null, null, "UTC"));
        repo.insert(instrument("ASAP", "Asap Corp").withId(0));
        repo.insert(new Instrument(0, "XYZ", "Sapphire Mining", AssetClass.STOCK, null, "USD", null, null, null, "America/New_York"));

        assertThat(repo.find(sap.id())).contains(sap);
        assertThat(repo.find(bare.id())).contains(bare);
        assertThat(repo.findBySymbol("BTC")).contains(bare);
        assertThat(repo.findByIsin("DE0007164600")).map(Instrument::symbol).contains("SAP");
        assertThat(repo.search("sap", 10)).extracting(Instrument::symbol).containsExactly("SAP", "ASAP", "XYZ");
        assertThat(repo.search("sap", 1)).extracting(Instrument::symbol).containsExactly("SAP");
        assertThat(repo.all()).extracting(Instrument::symbol).containsExactly("ASAP", "BTC", "SAP", "XYZ");
        assertThatThrownBy(() -> repo.insert(instrument("SAP", "dup"))).isInstanceOf(DataAccessException.class);

        Instrument renamed = new Instrument(sap.id(), "SAP", "SAP Societas", AssetClass.ETF, null, "USD", null, null, null, "UTC");
        repo.update(renamed);
        assertThat(repo.find(sap.id())).contains(renamed);

        repo.putProviderId(new InstrumentProviderId(sap.id(), "yahoo", "SAP.DE"));
        repo.putProviderId(new InstrumentProviderId(sap.id(), "stooq", "sap.de"));
        repo.putProviderId(new InstrumentProviderId(sap.id(), "yahoo", "SAP.F"));
        assertThat(repo.providerIds(sap.id())).containsExactly(
                new InstrumentProviderId(sap.id(), "stooq", "sap.de"), new InstrumentProviderId(sap.id(), "yahoo", "SAP.F"));
        assertThat(repo.providerSymbol(sap.id(), "yahoo")).contains("SAP.F");
        assertThat(repo.findByProviderSymbol("stooq", "sap.de")).map(Instrument::id).contains(sap.id());
        repo.removeProviderId(sap.id(), "stooq");
        assertThat(repo.providerIds(sap.id())).hasSize(1);
    }

    @Test
    void instrumentSessionIsStoredReadBackAndUsedInsteadOfTheInferredOne() {
        var repo = new InstrumentRepository(dsl);
        Instrument toyota = repo.insert(new Instrument(0, "7203", "Toyota", AssetClass.STOCK, "XTKS", "JPY", null, null, null,
                "Asia/Tokyo", "09:00-15:30 Mon-Fri"));
        Instrument inferred = repo.insert(instrument("SAP", "SAP SE"));

        assertThat(repo.find(toyota.id()).orElseThrow().session()).isEqualTo("09:00-15:30 Mon-Fri");
        assertThat(repo.find(inferred.id()).orElseThrow().session()).isNull();
        assertThat(TradingSession.of(repo.find(toyota.id()).orElseThrow()).close()).isEqualTo(LocalTime.of(15, 30));
        assertThat(TradingSession.of(repo.find(inferred.id()).orElseThrow()).close()).isEqualTo(LocalTime.of(17, 30));

        repo.update(toyota.withSession(null));
        assertThat(repo.find(toyota.id()).orElseThrow().session()).isNull();
        assertThat(TradingSession.of(repo.find(toyota.id()).orElseThrow()).close()).isEqualTo(LocalTime.of(17, 30));

        assertThatThrownBy(() -> repo.update(toyota.withSession("09:00-15:30 Weekdays")))
                .hasMessageContaining("Instrument 7203").hasMessageContaining("'Weekdays' is not a weekday");
        assertThatThrownBy(() -> repo.insert(instrument("BMW", "BMW AG").withSession("9 to 5"))).hasMessageContaining("Instrument BMW");
        assertThat(repo.find(toyota.id()).orElseThrow().session()).as("refused update changed nothing").isNull();
        assertThat(repo.findBySymbol("BMW")).as("refused insert wrote nothing").isEmpty();
    }

    @Test
    void instrumentInUseIsNotDeleted() {
        var repo = new InstrumentRepository(dsl);
        Instrument sap = repo.insert(instrument("SAP", "SAP SE"));
        Account depot = new AccountRepository(dsl).insert(new Account(0, "D", AccountType.BROKERAGE, "EUR", null, null, null, null, false, null));
        new TransactionRepository(dsl).insert(Transaction.trade(depot.id(), TransactionType.BUY, LocalDate.of(2025, 1, 1), sap.id(),
                BigDecimal.ONE, BigDecimal.TEN, Money.of("1", "EUR"), null));
        assertThatThrownBy(() -> repo.delete(sap.id())).hasMessageContaining("used by 1 transactions");
        assertThat(repo.find(sap.id())).isPresent();
        Instrument unused = repo.insert(instrument("BMW", "BMW AG"));
        repo.delete(unused.id());
        assertThat(repo.find(unused.id())).isEmpty();
    }

    @Test
    void portfoliosRoundTrip() {
        var repo = new PortfolioRepository(dsl);
        long bench = new InstrumentRepository(dsl).insert(instrument("SPY", "S&P 500")).id();
        Portfolio full = repo.insert(new Portfolio(0, "Growth", "USD", CostMethod.AVERAGE_COST, bench));
        Portfolio bare = repo.insert(new Portfolio(0, "Core", "EUR", CostMethod.FIFO, null));
        assertThat(repo.find(full.id())).contains(full);
        assertThat(repo.all()).containsExactly(bare, full);
        Portfolio changed = new Portfolio(full.id(), "Growth 2", "EUR", CostMethod.FIFO, null);
        repo.update(changed);
        assertThat(repo.find(full.id())).contains(changed);
        repo.delete(full.id());
        assertThat(repo.all()).containsExactly(bare);
    }

    @Test
    void categoriesRoundTripAndDeletingOneUncategorisesItsTransactions() {
        var repo = new CategoryRepository(dsl);
        Category food = repo.insert(new Category(0, "Food", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS));
        Category dining = repo.insert(new Category(0, "Dining", food.id(), CategoryKind.EXPENSE, null));
        assertThat(repo.find(dining.id())).contains(dining);
        assertThat(repo.findByName("Food")).contains(food);
        assertThat(repo.findByName("food")).isEmpty();
        assertThat(repo.all()).containsExactly(dining, food);
        assertThatThrownBy(() -> repo.insert(new Category(0, "Food", null, CategoryKind.INCOME, null))).isInstanceOf(DataAccessException.class);

        Account giro = new AccountRepository(dsl).insert(new Account(0, "G", AccountType.BANK, "EUR", null, null, null, null, false, null));
        var txns = new TransactionRepository(dsl);
        Transaction t = txns.insert(Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2025, 1, 1), Money.of("-3", "EUR"), "x", null, food.id()));
        repo.delete(food.id());
        assertThat(txns.find(t.id()).orElseThrow().categoryId()).isNull();
        assertThat(repo.find(dining.id()).orElseThrow().parentId()).isNull();
        assertThat(repo.find(food.id())).isEmpty();
    }

    @Test
    void settingsPutGetOverwriteRemove() {
        var repo = new SettingsRepository(dsl);
        assertThat(repo.get("theme")).isEmpty();
        repo.put("theme", "dark");
        repo.put("theme", "light");
        repo.put("lock", "5");
        assertThat(repo.get("theme")).contains("light");
        repo.remove("theme");
        assertThat(repo.get("theme")).isEmpty();
        assertThat(repo.get("lock")).contains("5");
    }

    @Test
    void importBatchesRoundTrip() {
        var repo = new ImportBatchRepository(dsl);
        Instant at = Instant.parse("2025-05-06T07:08:09.123456789Z");
        ImportBatch a = repo.insert(new ImportBatch(0, "csv", "bank.csv", at, 12));
        ImportBatch b = repo.insert(new ImportBatch(0, "plaid", null, at.plusSeconds(60), 0));
        assertThat(repo.find(a.id())).contains(a);
        assertThat(repo.all()).containsExactly(b, a);
        repo.updateRowCount(b.id(), 7);
        assertThat(repo.find(b.id()).orElseThrow().rowCount()).isEqualTo(7);
        repo.delete(a.id());
        assertThat(repo.find(a.id())).isEmpty();
    }
}
