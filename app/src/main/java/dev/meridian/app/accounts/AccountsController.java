package dev.meridian.app.accounts;

import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.shell.Shortcuts;
import dev.meridian.app.undo.UndoStack;
import dev.meridian.app.undo.UndoableEdit;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.coach.rules.Categorisation;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AuditEntry;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.TransactionQuery;
import dev.meridian.core.repo.TransactionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Accounts with balances on the left, their transactions on the right. Loads, writes and undo all
 * run through {@link BackgroundWork}; every write is audited and pushed on the {@link UndoStack}.
 */
public final class AccountsController implements Screen {

    /** Meridian is single-user; the audit trail records that the change came from the user, not a sync. */
    static final String ACTOR = "user";

    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final CategoryRepository categories;
    private final AuditLog audit;
    private final BackgroundWork work;
    private final UndoStack undo;
    private final Categorisation categorisation;
    private final Runnable openImport;
    private final AccountsModel model = new AccountsModel();
    private final AccountsView view;
    // A deleted transaction comes back under a new id; older undo entries follow this map to it.
    private final Map<Long, Long> reinserted = new ConcurrentHashMap<>();
    private Task<?> pendingLoad;
    private boolean disposed;

    public AccountsController(AccountRepository accounts, TransactionRepository transactions, CategoryRepository categories,
                              AuditLog audit, BackgroundWork work, UndoStack undo, MoneyFormat money, Categorisation categorisation,
                              Runnable openImport) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.categories = categories;
        this.audit = audit;
        this.work = work;
        this.undo = undo;
        this.categorisation = categorisation;
        this.openImport = openImport;
        this.view = new AccountsView(model, this, money);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public AccountsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reloadAll();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(
                new ScreenAction("New transaction", Shortcuts.NEW, this::add),
                new ScreenAction("Reload accounts and transactions", null, this::reloadAll));
    }

    @Override
    public void dispose() {
        disposed = true;
        if (pendingLoad != null) pendingLoad.cancel();
        model.clear();
        reinserted.clear();
    }

    /**
     * Reloads accounts and categories, then the transactions and, in parallel, the balances: summing a
     * large account takes a while, and the list and table should not wait for it.
     */
    public void reloadAll() {
        if (disposed) return;
        record Snapshot(List<Account> accounts, List<Category> categories) { }
        work.submit("Loading accounts", p -> new Snapshot(
                accounts.all().stream().filter(a -> !a.archived()).toList(), categories.all()), snapshot -> {
            if (disposed) return;
            Map<Long, Money> known = model.accounts.stream().filter(r -> !r.isAll() && r.balance() != null)
                    .collect(Collectors.toMap(AccountRow::accountId, AccountRow::balance));
            List<AccountRow> rows = new ArrayList<>();
            rows.add(AccountRow.ALL);
            snapshot.accounts().forEach(a -> rows.add(new AccountRow(a, known.get(a.id()))));
            Long selected = model.selectedAccount.get() == null ? null : model.selectedAccount.get().accountId();
            model.accountList = snapshot.accounts();
            model.accountsById = snapshot.accounts().stream().collect(Collectors.toMap(Account::id, Function.identity()));
            model.categories = snapshot.categories();
            model.accounts.setAll(rows);
            AccountRow keep = rows.stream()
                    .filter(r -> selected == null ? r.isAll() : selected.equals(r.accountId()))
                    .findFirst().orElse(AccountRow.ALL);
            if (sameAccount(keep, model.selectedAccount.get())) {
                model.selectedAccount.set(keep);
                reloadTransactions();
            } else {
                model.selectedAccount.set(keep);
            }
            loadBalances();
        });
    }

    private void loadBalances() {
        work.submit("Computing balances", p -> accounts.balances(), balances -> {
            if (disposed) return;
            for (int i = 0; i < model.accounts.size(); i++) {
                AccountRow row = model.accounts.get(i);
                if (!row.isAll() && balances.containsKey(row.accountId())) {
                    AccountRow updated = new AccountRow(row.account(), balances.get(row.accountId()));
                    boolean selected = sameAccount(row, model.selectedAccount.get());
                    model.accounts.set(i, updated);
                    if (selected) model.selectedAccount.set(updated);
                }
            }
        });
    }

    /** Rows are the same account when their ids match; the balance may differ between loads. */
    static boolean sameAccount(AccountRow a, AccountRow b) {
        if (a == null || b == null) return a == b;
        return Objects.equals(a.accountId(), b.accountId());
    }

    /** Re-runs the query for the current filters; a newer call cancels an older one still running. */
    void reloadTransactions() {
        if (disposed) return;
        if (model.from.get() != null && model.to.get() != null && model.from.get().isAfter(model.to.get())) {
            model.filterError.set("Date range: 'From' is after 'To'.");
            return;
        }
        model.filterError.set("");
        if (pendingLoad != null) pendingLoad.cancel();
        AccountRow account = model.selectedAccount.get();
        int limit = model.limit.get();
        Category category = model.categoryFilter.get();
        TransactionQuery query = new TransactionQuery(account == null ? null : account.accountId(),
                model.from.get(), model.to.get(), category == null ? null : category.id(), model.filterText.get(), limit + 1);
        Map<Long, Account> byId = model.accountsById;
        Map<Long, String> categoryNames = model.categories.stream().collect(Collectors.toMap(Category::id, Category::name));
        model.loading.set(true);
        pendingLoad = work.submit("Loading transactions", p -> transactions.query(query).stream()
                .map(t -> new TransactionRow(t,
                        byId.containsKey(t.accountId()) ? byId.get(t.accountId()).name() : "",
                        t.categoryId() == null ? "" : categoryNames.getOrDefault(t.categoryId(), "")))
                .toList(), rows -> {
                    model.loading.set(false);
                    boolean more = rows.size() > limit;
                    model.more.set(more);
                    model.transactions.setAll(more ? rows.subList(0, limit) : rows);
                    model.rowCount.set(more
                            ? String.format("Newest %,d shown — narrow the filter or show more", limit)
                            : String.format("%,d transactions", rows.size()));
                });
        pendingLoad.setOnCancelled(e -> model.loading.set(false));
        pendingLoad.setOnFailed(e -> model.loading.set(false));
    }

    /** Shows the bookings of one category in one month (the Insights screen's "Show"). */
    public void showCategory(long categoryId, YearMonth month) {
        work.submit("Finding category", p -> categories.find(categoryId), found -> found.ifPresent(c -> {
            model.categoryFilter.set(c);
            model.filterText.set("");
            showRange(month.atDay(1), month.atEndOfMonth());
        }));
    }

    /** Shows the given bookings: their payee over the days they span, in all accounts. */
    public void showTransactions(List<Long> ids) {
        work.submit("Finding transactions", p -> ids.stream().map(transactions::find).flatMap(Optional::stream).toList(), found -> {
            if (found.isEmpty()) return;
            Transaction first = found.getFirst();
            model.categoryFilter.set(null);
            model.filterText.set(first.payee() != null ? first.payee() : first.description() != null ? first.description() : "");
            showRange(found.stream().map(Transaction::date).min(LocalDate::compareTo).orElseThrow(),
                    found.stream().map(Transaction::date).max(LocalDate::compareTo).orElseThrow());
        });
    }

    private void showRange(LocalDate from, LocalDate to) {
        model.from.set(null);
        model.to.set(to);
        model.from.set(from);
        model.selectedAccount.set(AccountRow.ALL);
        resetPaging();
        reloadTransactions();
    }

    void clearCategoryFilter() {
        model.categoryFilter.set(null);
        reloadTransactions();
    }

    private String categoryName(long id) {
        return model.categories.stream().filter(c -> c.id() == id).map(Category::name).findFirst().orElse("category " + id);
    }

    /** Opens the Import screen (bank statements, broker exports). */
    void openImport() {
        openImport.run();
    }

    void showMore() {
        model.limit.set(model.limit.get() + AccountsModel.PAGE);
        reloadTransactions();
    }

    void resetPaging() {
        model.limit.set(AccountsModel.PAGE);
    }

    /** Ctrl+N: opens the dialog for a new transaction in the selected account. */
    public void add() {
        if (model.accountList.isEmpty()) {
            model.filterError.set("Add an account first: transactions belong to an account.");
            return;
        }
        AccountRow selected = model.selectedAccount.get();
        new TransactionDialog(view.window(), null, selected == null ? null : selected.account(), model.accountList,
                model.categories, model.accountsById)
                .showAndWait()
                .ifPresent(this::insert);
    }

    void edit(TransactionRow row) {
        if (row == null) return;
        Transaction before = row.transaction();
        new TransactionDialog(view.window(), before, null, model.accountList, model.categories, model.accountsById)
                .showAndWait()
                .filter(after -> !after.equals(before))
                .ifPresent(after -> update(before, after));
    }

    /** Delete key: asks, then deletes the selected rows. */
    void deleteSelected(List<TransactionRow> rows) {
        if (rows.isEmpty()) return;
        List<Transaction> doomed = rows.stream().map(TransactionRow::transaction).toList();
        String what = doomed.size() == 1 ? "this transaction" : "these " + doomed.size() + " transactions";
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + what + "? You can undo with "
                + Shortcuts.UNDO.getDisplayText() + ".", new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        confirm.initOwner(view.window());
        confirm.setHeaderText(null);
        confirm.setTitle("Delete transactions");
        confirm.getDialogPane().setId("delete-confirmation");
        confirm.showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> delete(doomed));
    }

    private void insert(Transaction t) {
        if (disposed) return;
        work.submit("Adding transaction", p -> {
            Transaction saved = transactions.insert(categorisation.categorise(t));
            audit("transaction.add", saved, describe(saved));
            return saved;
        }, saved -> {
            undo.push(edit("Undo add " + label(saved), () -> {
                long id = current(saved.id());
                transactions.delete(id);
                audit("transaction.undo-add", saved.withId(id), describe(saved));
            }));
            reloadAll();
        });
    }

    private void update(Transaction before, Transaction after) {
        if (disposed) return;
        work.submit("Saving transaction", p -> {
            transactions.update(after);
            audit("transaction.edit", after, describe(before) + " -> " + describe(after));
            return categorisation.learnFrom(before, after);
        }, learned -> {
            learned.ifPresent(rule -> model.notice.set("Learned: payee \"" + rule.rule().pattern() + "\" goes to "
                    + categoryName(rule.rule().categoryId()) + " from now on."));
            undo.push(edit("Undo edit " + label(before), () -> {
                Transaction restore = before.withId(current(before.id()));
                transactions.update(restore);
                audit("transaction.undo-edit", restore, describe(restore));
            }));
            reloadAll();
        });
    }

    private void delete(List<Transaction> doomed) {
        if (disposed) return;
        work.submit("Deleting transactions", p -> {
            for (Transaction t : doomed) {
                transactions.delete(current(t.id()));
                audit("transaction.delete", t, describe(t));
            }
            return doomed.size();
        }, n -> {
            undo.push(edit(n == 1 ? "Undo delete " + label(doomed.getFirst()) : "Undo delete of " + n + " transactions", () -> {
                for (Transaction t : doomed) {
                    Transaction back = transactions.insert(t.withId(0));
                    reinserted.put(t.id(), back.id());
                    audit("transaction.undo-delete", back, describe(back));
                }
            }));
            reloadAll();
        });
    }

    private long current(long id) {
        long now = id;
        while (reinserted.containsKey(now)) now = reinserted.get(now);
        return now;
    }

    private UndoableEdit edit(String description, UndoAction action) {
        return new UndoableEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void undo() throws Exception {
                action.run();
            }

            @Override
            public void afterUndo() {
                reloadAll();
            }
        };
    }

    private void audit(String action, Transaction t, String detail) {
        audit.append(new AuditEntry(0, Instant.now(), ACTOR, action, "transaction", t.id(), detail));
    }

    /** Audit detail: what changed, never secrets (transactions hold none). */
    private static String describe(Transaction t) {
        return t.date() + " " + t.type() + " " + t.amount() + (t.payee() == null ? "" : " " + t.payee());
    }

    private static String label(Transaction t) {
        String name = t.payee() != null ? t.payee() : t.description() != null ? t.description() : t.type().name();
        return "'" + name + "'";
    }

    @FunctionalInterface
    private interface UndoAction {
        void run() throws Exception;
    }
}
