package dev.meridian.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.work.Progress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaidBankSyncTest {

    static final String TOKEN = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";
    static final String CHECKING = "BxBXxLj1m4HMXBm9WZZmCWVbPjX16EHwv99vp";
    static final String CREDIT = "dVzbVMLjrxTnLjX4G66XUp5GLklm4oiZy88yK";
    static final String SAVINGS = "Pp1Vpkl9w8sajvK6oEEKtr7vZxBnGpf7LxxLE";
    static final String WALMART = "lPNjeW1nR6CDn5okmGQ6hEpMo4lLNoSrzqDje";
    static final String PAYROLL = "x4ZbBq9mEJiMzK7aPXgPFzRnW1ozPacDmvb5X";
    static final String PENDING_COFFEE = "no86Eox18VHMvaOVL7gPUM9ap3aR1LsAVZ5nc";
    static final String POSTED_COFFEE = "Wq1eRt2yUi3oPa4sDf5gHj6kLz7xCv8bNm9Q0";
    static final String UBER = "aA3dL0nPzxTg9mQvKb6wR2yEo7uJcXs8hVfN1";
    static final String INTEREST = "Rr5tYu6iOp7aSd8fGh9jKl0zXc1vBn2mQw3Ee";
    static final String CURSOR_1 = "tVUUL15lYQN5rBnfDIc1I8xudpGdIlw9nsgeXWvhOfkE-page1";
    static final String CURSOR_2 = "tVUUL15lYQN5rBnfDIc1I8xudpGdIlw9nsgeXWvhOfkE-page2";
    static final String CURSOR_3 = "tVUUL15lYQN5rBnfDIc1I8xudpGdIlw9nsgeXWvhOfkE-page3";

    @StartStop final MockWebServer web = new MockWebServer();
    @TempDir Path dir;
    PlaidServer plaid;
    PlaidVault vault;
    Connection connection;

    @BeforeEach
    void setUp() throws Exception {
        plaid = new PlaidServer(web);
        vault = new PlaidVault(dir);
        connection = vault.plaidConnection(plaid, TOKEN);
    }

    @AfterEach
    void tearDown() {
        vault.close();
    }

    @Test
    void multiPageSyncAppliesEveryPageWithTheCursorAndBankBalances() {
        plaid.ok("/accounts/get", "accounts_get.json")
                .ok("/transactions/sync", "sync_page1.json")
                .ok("/transactions/sync", "sync_page2.json");

        SyncReport report = vault.sync().sync(connection.id(), Progress.NONE);

        List<PlaidServer.Call> pages = plaid.calls("/transactions/sync");
        assertThat(pages).extracting(c -> c.text("cursor")).containsExactly(null, CURSOR_1);
        assertThat(pages).allSatisfy(c -> {
            assertThat(c.text("access_token")).isEqualTo(TOKEN);
            assertThat(c.clientId()).isEqualTo(PlaidVault.CLIENT_ID);
            assertThat(c.secret()).isEqualTo(PlaidVault.SECRET);
        });
        // The IRA is an investment account: neither it nor its transaction is imported.
        assertThat(vault.accounts().all()).extracting(Account::name, Account::type, Account::institution)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Plaid Checking", AccountType.BANK, "First Platypus Bank"),
                        org.assertj.core.groups.Tuple.tuple("Plaid Credit Card", AccountType.CREDIT_CARD, "First Platypus Bank"),
                        org.assertj.core.groups.Tuple.tuple("Plaid Saving", AccountType.SAVINGS, "First Platypus Bank"));
        assertThat(report).isEqualTo(new SyncReport(3, 5, 2, 0, 1, 2, 0));

        Map<String, Transaction> byProvider = byProviderId();
        assertThat(byProvider.keySet()).containsExactlyInAnyOrder(WALMART, PAYROLL, POSTED_COFFEE, UBER, INTEREST);
        // Plaid's positive amounts are money out: Meridian stores them negative, and the other way round.
        assertThat(byProvider.get(WALMART).amount()).isEqualTo(Money.of("-70", "USD"));
        assertThat(byProvider.get(WALMART).type()).isEqualTo(TransactionType.WITHDRAWAL);
        assertThat(byProvider.get(PAYROLL).amount()).isEqualTo(Money.of("2500", "USD"));
        assertThat(byProvider.get(PAYROLL).type()).isEqualTo(TransactionType.DEPOSIT);
        assertThat(byProvider.get(POSTED_COFFEE).amount()).isEqualTo(Money.of("-4.83", "USD"));
        assertThat(byProvider.get(INTEREST).amount()).isEqualTo(Money.of("0.12", "USD"));
        assertThat(byProvider.get(INTEREST).type()).isEqualTo(TransactionType.INTEREST);
        assertThat(byProvider.get(UBER).payee()).isEqualTo("Uber");

        assertThat(balance(CHECKING)).isEqualByComparingTo("110");
        assertThat(balance(CREDIT)).isEqualByComparingTo("-410");
        assertThat(balance(SAVINGS)).isEqualByComparingTo("200");

        Connection after = vault.connections().find(connection.id()).orElseThrow();
        assertThat(after.syncCursor()).isEqualTo(CURSOR_2);
        assertThat(after.lastSyncAt()).isEqualTo(PlaidVault.NOW);
        assertThat(after.status()).isEqualTo(ConnectionStatus.OK);
    }

    @Test
    void postedTransactionTakesOverThePendingRowWithTheUsersCategoryAndNotes() {
        plaid.ok("/accounts/get", "accounts_get.json").ok("/transactions/sync", "sync_page1.json", "\"has_more\": true", "\"has_more\": false");
        vault.sync().sync(connection.id(), Progress.NONE);
        Transaction pending = byProviderId().get(PENDING_COFFEE);
        long coffee = categories().insert(new Category(0, "Coffee", null, CategoryKind.EXPENSE, null)).id();
        vault.transactions().update(pending.withCategory(coffee).withNotes("with Ann"));

        plaid.ok("/accounts/get", "accounts_get.json").ok("/transactions/sync", "sync_page2.json");
        vault.sync().sync(connection.id(), Progress.NONE);

        assertThat(plaid.calls("/transactions/sync").getLast().text("cursor")).isEqualTo(CURSOR_1);
        Map<String, Transaction> byProvider = byProviderId();
        assertThat(byProvider).doesNotContainKey(PENDING_COFFEE);
        Transaction posted = byProvider.get(POSTED_COFFEE);
        assertThat(posted.id()).isEqualTo(pending.id());
        assertThat(posted.categoryId()).isEqualTo(coffee);
        assertThat(posted.notes()).isEqualTo("with Ann");
        assertThat(posted.amount()).isEqualTo(Money.of("-4.83", "USD"));
        assertThat(posted.date()).isEqualTo(java.time.LocalDate.of(2026, 11, 5));
    }

    @Test
    void modifiedTransactionsKeepTheUsersCategoryAndNotesAndRemovedOnesGo() {
        fullSync();
        Transaction payroll = byProviderId().get(PAYROLL);
        long salary = categories().insert(new Category(0, "Salary", null, CategoryKind.INCOME, null)).id();
        vault.transactions().update(payroll.withCategory(salary).withNotes("November"));

        plaid.ok("/accounts/get", "accounts_get.json").ok("/transactions/sync", "sync_page3.json");
        SyncReport report = vault.sync().sync(connection.id(), Progress.NONE);

        assertThat(plaid.calls("/transactions/sync").getLast().text("cursor")).isEqualTo(CURSOR_2);
        Transaction after = byProviderId().get(PAYROLL);
        assertThat(after.payee()).isEqualTo("Acme Corp");
        assertThat(after.categoryId()).isEqualTo(salary);
        assertThat(after.notes()).isEqualTo("November");
        assertThat(byProviderId()).doesNotContainKey(UBER);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(vault.connections().find(connection.id()).orElseThrow().syncCursor()).isEqualTo(CURSOR_3);
        // Balances follow the bank even after a removal.
        assertThat(balance(CREDIT)).isEqualByComparingTo("-410");
    }

    @Test
    void reRunningTheSamePagesNeverDuplicates() {
        fullSync();
        Map<String, Transaction> first = byProviderId();

        plaid.ok("/accounts/get", "accounts_get.json")
                .ok("/transactions/sync", "sync_page1.json")
                .ok("/transactions/sync", "sync_page2.json");
        SyncReport again = vault.sync().sync(connection.id(), Progress.NONE);

        assertThat(vault.transactions().count()).isEqualTo(5);
        assertThat(vault.accounts().all()).hasSize(3);
        assertThat(byProviderId()).isEqualTo(first);
        assertThat(again.accountsAdded()).isZero();
        assertThat(balance(CHECKING)).isEqualByComparingTo("110");
    }

    @Test
    void mutationDuringPaginationRestartsFromTheCursorTheRunBeganWith() {
        plaid.ok("/accounts/get", "accounts_get.json")
                .ok("/transactions/sync", "sync_page1.json")
                .answer("/transactions/sync", 400, "error_mutation.json")
                .ok("/transactions/sync", "sync_page1.json")
                .ok("/transactions/sync", "sync_page2.json");

        SyncReport report = vault.sync().sync(connection.id(), Progress.NONE);

        assertThat(plaid.calls("/transactions/sync")).extracting(c -> c.text("cursor")).containsExactly(null, CURSOR_1, null, CURSOR_1);
        assertThat(report.restarts()).isEqualTo(1);
        assertThat(vault.transactions().count()).isEqualTo(5);
        assertThat(vault.connections().find(connection.id()).orElseThrow().syncCursor()).isEqualTo(CURSOR_2);
    }

    @Test
    void itemLoginRequiredMarksTheConnectionForSigningInAgainAndChangesNothingElse() {
        plaid.ok("/accounts/get", "accounts_get.json").answer("/transactions/sync", 400, "error_login_required.json");

        assertThatThrownBy(() -> vault.sync().sync(connection.id(), Progress.NONE))
                .isInstanceOfSatisfying(PlaidException.class, e -> {
                    assertThat(e.loginRequired()).isTrue();
                    assertThat(e.getMessage()).contains("sign in again").doesNotContain(TOKEN).doesNotContain(PlaidVault.SECRET);
                });

        Connection after = vault.connections().find(connection.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(after.lastError()).contains("ITEM_LOGIN_REQUIRED");
        assertThat(after.syncCursor()).isNull();
        assertThat(vault.accounts().all()).isEmpty();
        assertThat(vault.transactions().count()).isZero();
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        plaid.answer("/accounts/get", 500, "error_internal.json")
                .ok("/accounts/get", "accounts_get.json")
                .answer("/transactions/sync", 500, "error_internal.json")
                .answer("/transactions/sync", 500, "error_internal.json")
                .ok("/transactions/sync", "sync_page1.json", "\"has_more\": true", "\"has_more\": false");

        SyncReport report = vault.sync().sync(connection.id(), Progress.NONE);

        assertThat(report.added()).isEqualTo(4);
        assertThat(plaid.calls("/accounts/get")).hasSize(2);
        assertThat(plaid.calls("/transactions/sync")).hasSize(3);
        // 100 ms, then 200 ms for the second retry of the same call.
        assertThat(vault.pauses).containsExactly(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(100),
                java.time.Duration.ofMillis(200));
    }

    @Test
    void serverErrorsThatOutlastTheRetriesAreRecordedOnTheConnection() {
        for (int i = 0; i < 3; i++) plaid.answer("/accounts/get", 500, "error_internal.json");

        assertThatThrownBy(() -> vault.sync().sync(connection.id(), Progress.NONE))
                .isInstanceOfSatisfying(PlaidException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));

        Connection after = vault.connections().find(connection.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ConnectionStatus.ERROR);
        assertThat(after.lastError()).contains("INTERNAL_SERVER_ERROR");
    }

    @Test
    void aFailureHalfWayThroughApplyingLeavesTheVaultAsItWas() throws Exception {
        plaid.ok("/accounts/get", "accounts_get.json").ok("/transactions/sync", "sync_page1.json", "\"has_more\": true", "\"has_more\": false");
        vault.sync().sync(connection.id(), Progress.NONE);
        List<Transaction> before = vault.transactions().all();
        List<Account> accountsBefore = vault.accounts().all();

        // Page 2's added rows are written first; its modified row then carries an amount the ledger refuses.
        plaid.ok("/accounts/get", "accounts_get.json", "\"current\": 110.0", "\"current\": 95.0")
                .ok("/transactions/sync", "sync_page2.json", "\"amount\": 70.0", "\"amount\": 1.0E21");
        assertThatThrownBy(() -> vault.sync().sync(connection.id(), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integer digits");

        vault.reopen();
        assertThat(vault.transactions().all()).isEqualTo(before);
        assertThat(vault.accounts().all()).isEqualTo(accountsBefore);
        Connection after = vault.connections().find(connection.id()).orElseThrow();
        assertThat(after.syncCursor()).isEqualTo(CURSOR_1);
    }

    @Test
    void syncWithoutALinkedBankSaysWhatToDo() {
        Connection unlinked = vault.plaidConnection(plaid, null);

        assertThatThrownBy(() -> vault.sync().sync(unlinked.id(), Progress.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Connect bank");
        assertThat(plaid.calls).isEmpty();
    }

    private void fullSync() {
        plaid.ok("/accounts/get", "accounts_get.json")
                .ok("/transactions/sync", "sync_page1.json")
                .ok("/transactions/sync", "sync_page2.json");
        vault.sync().sync(connection.id(), Progress.NONE);
    }

    private Map<String, Transaction> byProviderId() {
        return vault.transactions().all().stream().collect(Collectors.toMap(Transaction::providerId, t -> t));
    }

    private BigDecimal balance(String providerId) {
        Account a = vault.accounts().findByProviderId(providerId).orElseThrow();
        return vault.accounts().balance(a.id()).amount().stripTrailingZeros();
    }

    private CategoryRepository categories() {
        return new CategoryRepository(vault.vault.dsl());
    }
}
