package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.ImportBatch;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionRepositoryTest extends DatabaseFixture {

    TransactionRepository txns;
    Account giro;
    Account depot;
    long groceries;
    long btc;

    @BeforeEach
    void seed() {
        txns = new TransactionRepository(dsl);
        var accounts = new AccountRepository(dsl);
        giro = accounts.insert(new Account(0, "Giro", AccountType.BANK, "EUR", null, null, null, null, false, null));
        depot = accounts.insert(new Account(0, "Depot", AccountType.CRYPTO_WALLET, "EUR", null, null, null, null, false, null));
        groceries = new CategoryRepository(dsl).insert(new Category(0, "Groceries", null, CategoryKind.EXPENSE, null)).id();
        btc = new InstrumentRepository(dsl).insert(new Instrument(0, "BTC", "Bitcoin", AssetClass.CRYPTO, null, "EUR", null, null, null, "UTC")).id();
    }

    @Test
    void roundTripsEveryFieldIncludingEighteenDecimalQuantities() {
        long batch = new ImportBatchRepository(dsl).insert(new ImportBatch(0, "csv", "a.csv", Instant.parse("2025-01-01T00:00:00Z"), 1)).id();
        Transaction full = new Transaction(0, depot.id(), TransactionType.BUY, LocalDate.of(2025, 3, 4),
                Money.of("-50123.456789012345678901", "EUR"), btc, new BigDecimal("0.123456789012345678"),
                new BigDecimal("405000.123456789"), Money.of("1.99", "EUR"), Money.of("0", "EUR"), "Exchange", "buy btc",
                groceries, "note", giro.id(), "prov-1", batch);
        Transaction bare = Transaction.cash(giro.id(), TransactionType.DEPOSIT, LocalDate.of(2025, 1, 1), Money.of("10", "EUR"), null, null, null);

        Transaction a = txns.insert(full);
        Transaction b = txns.insert(bare);

        assertThat(txns.find(a.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(a);
        assertThat(txns.find(b.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(b);
        assertThat(txns.find(a.id()).orElseThrow().quantity()).isEqualTo(new BigDecimal("0.123456789012345678"));
        assertThat(txns.findByProviderId(depot.id(), "prov-1")).map(Transaction::id).contains(a.id());
        assertThat(txns.findByProviderId(giro.id(), "prov-1")).isEmpty();
    }

    @Test
    void updatesDeletesAndCounts() {
        Transaction t = txns.insert(Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2025, 1, 1), Money.of("-5", "EUR"), "Shop", "x", null));
        Transaction changed = t.withCategory(groceries).withNotes("weekly").withProviderId("p9");
        txns.update(changed);
        assertThat(txns.find(t.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(changed);
        txns.setCategory(t.id(), null);
        assertThat(txns.find(t.id()).orElseThrow().categoryId()).isNull();
        assertThat(txns.count()).isEqualTo(1);
        txns.delete(t.id());
        assertThat(txns.count()).isZero();
        assertThatThrownBy(() -> txns.update(changed)).hasMessageContaining("No transaction with id");
    }

    @Test
    void providerIdIsUniquePerAccount() {
        Transaction t = Transaction.cash(giro.id(), TransactionType.DEPOSIT, LocalDate.of(2025, 1, 1), Money.of("1", "EUR"), null, null, null)
                .withProviderId("bank-42");
        txns.insert(t);
        assertThatThrownBy(() -> txns.insert(t)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> txns.insertAll(List.of(t))).isInstanceOf(DataAccessException.class);
        txns.insert(t.withTransferAccount(null).withProviderId(null));
        txns.insert(t.withProviderId(null));
        txns.insert(new Transaction(0, depot.id(), TransactionType.DEPOSIT, t.date(), t.amount(), null, null, null, null, null,
                null, null, null, null, null, "bank-42", null));
        assertThat(txns.count()).isEqualTo(4);
    }

    @Test
    void deleteImportBatchRemovesOnlyThatBatch() {
        var batches = new ImportBatchRepository(dsl);
        long first = batches.insert(new ImportBatch(0, "csv", "a.csv", Instant.now(), 2)).id();
        long second = batches.insert(new ImportBatch(0, "ofx", null, Instant.now(), 1)).id();
        Transaction base = Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2025, 2, 1), Money.of("-1", "EUR"), "P", null, null);
        txns.insertAll(List.of(base.withImportBatch(first), base.withImportBatch(first), base.withImportBatch(second), base));

        assertThat(txns.deleteImportBatch(first)).isEqualTo(2);
        assertThat(txns.all()).extracting(Transaction::importBatchId).containsExactlyInAnyOrder(second, null);
        assertThat(txns.deleteImportBatch(first)).isZero();
    }

    @Test
    void queryFiltersByAccountDatesCategoryTextAndLimit() {
        txns.insertAll(List.of(
                Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2025, 1, 5), Money.of("-20", "EUR"), "REWE Markt", "food", groceries),
                Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2025, 2, 5), Money.of("-30", "EUR"), "Aldi", "weekly REWE-like shop", null),
                Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2025, 3, 5), Money.of("-40", "EUR"), "Cinema", null, null).withNotes("with rewe friends"),
                Transaction.cash(depot.id(), TransactionType.DEPOSIT, LocalDate.of(2025, 2, 10), Money.of("100", "EUR"), "Me", "100%_match", groceries)));

        assertThat(txns.query(TransactionQuery.all())).extracting(Transaction::date).isSortedAccordingTo((x, y) -> y.compareTo(x)).hasSize(4);
        assertThat(txns.query(TransactionQuery.all().withAccount(depot.id()))).extracting(Transaction::payee).containsExactly("Me");
        assertThat(txns.query(TransactionQuery.all().withDates(LocalDate.of(2025, 2, 5), LocalDate.of(2025, 3, 5))))
                .extracting(Transaction::payee).containsExactly("Cinema", "Me", "Aldi");
        assertThat(txns.query(TransactionQuery.all().withCategory(groceries))).extracting(Transaction::payee).containsExactly("Me", "REWE Markt");
        assertThat(txns.query(TransactionQuery.all().withText("rewe"))).extracting(Transaction::payee).containsExactly("Cinema", "Aldi", "REWE Markt");
        assertThat(txns.query(TransactionQuery.all().withText("%_"))).extracting(Transaction::payee).containsExactly("Me");
        assertThat(txns.query(TransactionQuery.all().withText("rewe").withLimit(1))).extracting(Transaction::payee).containsExactly("Cinema");
        assertThat(txns.query(new TransactionQuery(giro.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), groceries, "markt", 10)))
                .extracting(Transaction::payee).containsExactly("REWE Markt");
        assertThat(txns.forAccount(giro.id())).extracting(Transaction::payee).containsExactly("REWE Markt", "Aldi", "Cinema");
        assertThatThrownBy(() -> TransactionQuery.all().withDates(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .hasMessageContaining("starts 2025-02-01 after it ends 2025-01-01");
    }

    @Test
    void insertAllStoresTwentyThousandRowsExactlyInOneTransaction() {
        List<Transaction> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(Transaction.cash(giro.id(), TransactionType.WITHDRAWAL, LocalDate.of(2020, 1, 1).plusDays(i % 2000),
                    Money.of(BigDecimal.valueOf(-i, 2), "EUR"), "payee " + i, null, i % 2 == 0 ? groceries : null).withProviderId("p" + i));
        }
        dsl.transaction(cfg -> new TransactionRepository(DSL.using(cfg)).insertAll(many));

        assertThat(txns.count()).isEqualTo(20_000);
        assertThat(new AccountRepository(dsl).balance(giro.id()).amount())
                .isEqualByComparingTo(BigDecimal.valueOf(-(19_999L * 20_000L / 2), 2));
        assertThat(txns.findByProviderId(giro.id(), "p17777").orElseThrow().payee()).isEqualTo("payee 17777");
    }

    @Test
    void insertAllIsAtomicInsideATransaction() {
        Transaction t = Transaction.cash(giro.id(), TransactionType.DEPOSIT, LocalDate.of(2025, 1, 1), Money.of("1", "EUR"), null, null, null);
        List<Transaction> withDuplicate = List.of(t.withProviderId("a"), t.withProviderId("b"), t.withProviderId("a"));
        assertThatThrownBy(() -> dsl.transaction(cfg -> new TransactionRepository(DSL.using(cfg)).insertAll(withDuplicate)))
                .isInstanceOf(DataAccessException.class);
        assertThat(txns.count()).isZero();
    }
}
