package dev.meridian.sync.plaid;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AuditEntry;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.SecretCipher;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Applies a whole {@link SyncBatch} in ONE database transaction together with the new cursor: either
 * the vault has every change and the cursor that follows them, or (on any failure or cancel) none of
 * them and the old cursor. Rows are matched by provider id, so applying a batch twice changes
 * nothing the second time; the user's category and notes are never touched.
 */
final class BankLedgerWriter {

    static final String ACTOR = "plaid";
    private static final int PROGRESS_EVERY = 200;

    private final DSLContext dsl;
    private final SecretCipher cipher;

    BankLedgerWriter(DSLContext dsl, SecretCipher cipher) {
        this.dsl = dsl;
        this.cipher = cipher;
    }

    SyncReport apply(long connectionId, String institution, List<LinkedAccount> linked, SyncBatch batch, Instant syncedAt,
                     Progress progress) {
        return dsl.transactionResult(cfg -> new Run(DSL.using(cfg), progress, batch).apply(connectionId, institution, linked, syncedAt));
    }

    private final class Run {
        private final AccountRepository accounts;
        private final TransactionRepository transactions;
        private final ConnectionRepository connections;
        private final AuditLog audit;
        private final Progress progress;
        private final SyncBatch batch;
        private final Map<String, Long> accountIds = new HashMap<>();
        private final int total;
        private int done;
        private int accountsAdded;
        private int added;
        private int updated;
        private int removed;
        private int skipped;

        Run(DSLContext tx, Progress progress, SyncBatch batch) {
            this.accounts = new AccountRepository(tx);
            this.transactions = new TransactionRepository(tx);
            this.connections = new ConnectionRepository(tx, cipher);
            this.audit = new AuditLog(tx);
            this.progress = progress;
            this.batch = batch;
            this.total = batch.added().size() + batch.modified().size() + batch.removed().size();
        }

        SyncReport apply(long connectionId, String institution, List<LinkedAccount> linked, Instant syncedAt) {
            for (LinkedAccount a : linked) upsertAccount(a, institution);
            for (BankBooking b : batch.added()) upsertBooking(b);
            for (BankBooking b : batch.modified()) upsertBooking(b);
            for (RemovedBooking r : batch.removed()) remove(r);
            for (LinkedAccount a : linked) reconcileBalance(a);
            connections.updateCursor(connectionId, batch.nextCursor(), syncedAt);
            connections.updateStatus(connectionId, ConnectionStatus.OK, null);
            SyncReport report = new SyncReport(accountsAdded, added, updated, removed, skipped, batch.pages(), batch.restarts());
            audit.append(new AuditEntry(0, syncedAt, ACTOR, "bank.sync", "connection", connectionId, report.summary()));
            return report;
        }

        private void upsertAccount(LinkedAccount a, String institution) {
            Optional<Account> existing = accounts.findByProviderId(a.providerId());
            if (existing.isPresent()) {
                Account e = existing.get();
                // The user may have renamed or archived it: only the bank's own facts are refreshed.
                accounts.update(new Account(e.id(), e.name(), e.type(), e.currency(), e.portfolioId(),
                        institution != null ? institution : e.institution(), a.mask(), e.openingBalance(), e.archived(), e.providerId()));
                accountIds.put(a.providerId(), e.id());
                return;
            }
            Account created = accounts.insert(new Account(0, a.name(), a.type(), a.currency(), null, institution, a.mask(),
                    Money.zero(a.currency()), false, a.providerId()));
            accountIds.put(a.providerId(), created.id());
            accountsAdded++;
        }

        private void upsertBooking(BankBooking b) {
            step();
            Long accountId = accountIds.get(b.accountProviderId());
            if (accountId == null) {
                skipped++;
                return;
            }
            Optional<Transaction> existing = transactions.findByProviderId(accountId, b.providerId());
            if (existing.isEmpty() && b.pendingProviderId() != null) {
                // Posted replaces pending: the pending row (with the user's category and notes) becomes the posted one.
                existing = transactions.findByProviderId(accountId, b.pendingProviderId());
            }
            if (existing.isPresent()) {
                Transaction merged = merge(existing.get(), b);
                if (!merged.equals(existing.get())) {
                    transactions.update(merged);
                    updated++;
                }
                return;
            }
            transactions.insert(new Transaction(0, accountId, b.type(), b.date(), b.cashEffect(), null, null, null, null, null,
                    b.payee(), b.description(), null, null, null, b.providerId(), null));
            added++;
        }

        private void remove(RemovedBooking r) {
            step();
            for (Long accountId : candidateAccounts(r)) {
                Optional<Transaction> t = transactions.findByProviderId(accountId, r.providerId());
                if (t.isPresent()) {
                    transactions.delete(t.get().id());
                    removed++;
                    return;
                }
            }
        }

        private Iterable<Long> candidateAccounts(RemovedBooking r) {
            if (r.accountProviderId() != null) {
                Long id = accountIds.get(r.accountProviderId());
                return id == null ? List.of() : List.of(id);
            }
            return accountIds.values();
        }

        /** Sets the opening balance so that opening + all bookings equals the balance the bank reports. */
        private void reconcileBalance(LinkedAccount a) {
            if (a.balance() == null) return;
            Account account = accounts.find(accountIds.get(a.providerId())).orElseThrow();
            if (!account.currency().equals(a.balance().currency())) return;
            Money ledger = accounts.balance(account.id());
            Money opening = account.openingBalance().plus(a.balance().minus(ledger));
            if (opening.isEqualTo(account.openingBalance())) return;
            accounts.update(new Account(account.id(), account.name(), account.type(), account.currency(), account.portfolioId(),
                    account.institution(), account.numberMask(), opening, account.archived(), account.providerId()));
        }

        private void step() {
            done++;
            if (done % PROGRESS_EVERY != 0) return;
            if (progress.isCancelled()) throw new CancelledException();
            progress.update(done, total, String.format("Saved %,d of %,d bank changes", done, total));
        }
    }

    /** The bank's facts from {@code b}; the user's category, notes and transfer link from {@code existing}. */
    static Transaction merge(Transaction existing, BankBooking b) {
        return new Transaction(existing.id(), existing.accountId(), b.type(), b.date(), b.cashEffect(), null, null, null, null, null,
                b.payee(), b.description(), existing.categoryId(), existing.notes(), existing.transferAccountId(), b.providerId(),
                existing.importBatchId());
    }
}
