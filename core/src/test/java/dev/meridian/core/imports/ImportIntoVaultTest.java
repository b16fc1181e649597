package dev.meridian.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.imports.bank.BankImportPlanner;
import dev.meridian.core.imports.bank.BankStatement;
import dev.meridian.core.imports.bank.CsvBankReader;
import dev.meridian.core.imports.bank.CsvMappingGuess;
import dev.meridian.core.imports.ofx.OfxReader;
import dev.meridian.core.imports.qif.QifReader;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bank imports against a real H2 file: written as one batch, idempotent, undoable, all or nothing. */
class ImportIntoVaultTest {

    @TempDir Path dir;
    Database db;
    TransactionRepository transactions;
    ImportBatchRepository batches;
    Account checking;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = Database.openPlain(dir.resolve("vault"));
        transactions = new TransactionRepository(db.dsl());
        batches = new ImportBatchRepository(db.dsl());
        checking = new AccountRepository(db.dsl()).insert(new Account(0, "Checking", AccountType.BANK, "USD", null, "Bank", null,
                Money.zero("USD"), false, null));
        transactions.insert(Transaction.cash(checking.id(), TransactionType.WITHDRAWAL, LocalDate.of(2023, 12, 30),
                Money.of("-9.99", "USD"), "Typed by hand", null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportPreview preview(BankStatement statement, String file) {
        return BankImportPlanner.plan(statement, checking, transactions.providerIds(checking.id()), file);
    }

    private ImportResult write(ImportPreview preview) {
        return new ImportWriter(db.dsl(), clock).write(preview, Progress.NONE);
    }

    @Test
    void anOfxImportIsOneTaggedBatchAndReimportingWritesNothing() {
        ImportPreview first = preview(OfxReader.read(Samples.text("bank-ofx1.ofx")), "bank-ofx1.ofx");
        assertThat(first.newCount()).isEqualTo(3);
        ImportResult result = write(first);

        assertThat(result.written()).isEqualTo(3);
        assertThat(batches.all()).singleElement().satisfies(b -> {
            assertThat(b.rowCount()).isEqualTo(3);
            assertThat(b.fileName()).isEqualTo("bank-ofx1.ofx");
            assertThat(b.source()).isEqualTo("OFX → Checking");
        });
        List<Transaction> imported = transactions.forAccount(checking.id()).stream().filter(t -> t.importBatchId() != null).toList();
        assertThat(imported).hasSize(3).allSatisfy(t -> assertThat(t.importBatchId()).isEqualTo(result.batch().id()));
        assertThat(imported).extracting(Transaction::providerId).containsExactlyInAnyOrder("fitid:20240102-1", "fitid:20240105-1", "fitid:20240110-1");
        assertThat(imported.getFirst().type()).isEqualTo(TransactionType.DEPOSIT);

        ImportPreview again = preview(OfxReader.read(Samples.text("bank-ofx1.ofx")), "bank-ofx1.ofx");
        assertThat(again.newCount()).isZero();
        assertThat(again.rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.DUPLICATE_IN_VAULT));
        assertThat(write(again).written()).isZero();
        assertThat(transactions.count()).isEqualTo(4);
    }

    @Test
    void hashKeysKeepIdenticalRowsOfOneFileAndStillDeduplicateAReimport() {
        String csv = Samples.text("us-bank.csv");
        ImportPreview first = preview(CsvBankReader.read(csv, CsvMappingGuess.of(csv).mapping()), "us-bank.csv");
        assertThat(first.newCount()).isEqualTo(5);
        write(first);
        assertThat(transactions.query(new dev.meridian.core.repo.TransactionQuery(checking.id(), null, null, null, "Coffee", null))).hasSize(2);

        ImportPreview again = preview(CsvBankReader.read(csv, CsvMappingGuess.of(csv).mapping()), "us-bank.csv");
        assertThat(again.newCount()).isZero();
        assertThat(again.duplicateCount()).isEqualTo(5);
    }

    @Test
    void qifDuplicateRecordsOfTheSameDayAreBothImported() {
        ImportPreview p = preview(QifReader.read(Samples.text("bank.qif"), null), "bank.qif");
        assertThat(p.newCount()).isEqualTo(4);
        write(p);
        assertThat(transactions.count()).isEqualTo(5);
        assertThat(transactions.forAccount(checking.id())).filteredOn(t -> "Home Depot".equals(t.payee()))
                .hasSize(2).allSatisfy(t -> assertThat(t.notes()).startsWith("Split: Household"));
    }

    @Test
    void undoRemovesExactlyTheImportedRowsAndTheBatch() {
        List<Transaction> before = transactions.all();
        ImportResult result = write(preview(OfxReader.read(Samples.text("bank-ofx2.qfx")), "cc.qfx"));
        assertThat(transactions.count()).isEqualTo(before.size() + 3);

        int removed = new ImportUndo(db.dsl()).undo(result.batch().id());

        assertThat(removed).isEqualTo(3);
        assertThat(transactions.all()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        assertThat(batches.all()).isEmpty();
        assertThatThrownBy(() -> new ImportUndo(db.dsl()).undo(result.batch().id())).hasMessageContaining("already undone");
        // After undo the same file imports again in full.
        assertThat(preview(OfxReader.read(Samples.text("bank-ofx2.qfx")), "cc.qfx").newCount()).isEqualTo(3);
    }

    @Test
    void rowErrorsBlockTheWholeImportAndLeaveTheVaultUnchanged() {
        List<Transaction> before = transactions.all();
        String csv = Samples.text("bad-dates.csv");
        ImportPreview p = preview(CsvBankReader.read(csv, CsvMappingGuess.of(csv).mapping()), "bad-dates.csv");
        assertThat(p.hasErrors()).isTrue();
        assertThat(p.summary()).contains("2 rows have errors");

        assertThatThrownBy(() -> write(p)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Line 3, column 'Date'").hasMessageContaining("nothing was written");
        assertThat(transactions.all()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        assertThat(batches.all()).isEmpty();
    }

    @Test
    void aFileInAnotherCurrencyThanTheAccountIsAnError() {
        Account euro = new AccountRepository(db.dsl()).insert(new Account(0, "Euro", AccountType.BANK, "EUR", null, null, null, null, false, null));
        ImportPreview p = BankImportPlanner.plan(OfxReader.read(Samples.text("bank-ofx1.ofx")), euro, transactions.providerIds(euro.id()), "x.ofx");
        assertThat(p.errors()).extracting(RowError::toString).containsExactly("Line 1, column 'CURDEF': the file is in USD but account 'Euro' is in EUR");
    }

    @Test
    void aCancelDuringTheWriteRollsBackEverything() {
        List<Transaction> before = transactions.all();
        ImportPreview p = preview(OfxReader.read(Samples.text("bank-ofx1.ofx")), "bank-ofx1.ofx");
        Progress cancelled = new Progress() {
            @Override public void update(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThatThrownBy(() -> new ImportWriter(db.dsl(), clock).write(p, cancelled)).isInstanceOf(CancelledException.class);
        assertThat(transactions.all()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        assertThat(batches.all()).isEmpty();
    }
}
