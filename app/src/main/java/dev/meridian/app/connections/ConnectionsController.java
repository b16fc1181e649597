package dev.meridian.app.connections;

import dev.meridian.app.shell.Screen;
import dev.meridian.app.shell.ScreenAction;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.app.work.Work;
import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.repo.MarketDataFallback;
import dev.meridian.sync.plaid.PlaidBankLinking;
import dev.meridian.sync.plaid.PlaidBankSync;
import dev.meridian.sync.plaid.PlaidSettings;
import dev.meridian.sync.plaid.SyncReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Every outside service in one list, grouped by kind: add, edit, delete, enable, order, test, and
 * for Plaid connect a bank, sign in again and sync. Credentials go to the repository sealed and
 * never come back to the model; all IO runs through {@link BackgroundWork}.
 */
public final class ConnectionsController implements Screen {

    private final ConnectionRepository connections;
    private final MarketDataFallback fallback;
    private final Map<String, ConnectionTester> testers;
    private final PlaidBankLinking linking;
    private final PlaidBankSync bankSync;
    private final Consumer<String> browser;
    private final BackgroundWork work;
    private final ConnectionsModel model = new ConnectionsModel();
    private final ConnectionsView view;
    private boolean disposed;

    public ConnectionsController(ConnectionRepository connections, MarketDataFallback fallback, Map<String, ConnectionTester> testers,
                                 PlaidBankLinking linking, PlaidBankSync bankSync, Consumer<String> browser, BackgroundWork work) {
        this.connections = connections;
        this.fallback = fallback;
        this.testers = Map.copyOf(testers);
        this.linking = linking;
        this.bankSync = bankSync;
        this.browser = browser;
        this.work = work;
        this.view = new ConnectionsView(model, this);
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public ConnectionsModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        reload();
    }

    @Override
    public List<ScreenAction> actions() {
        return List.of(new ScreenAction("Reload connections", null, this::reload));
    }

    @Override
    public void dispose() {
        disposed = true;
        Task<?> job = model.job.get();
        if (job != null) job.cancel();
        model.clear();
    }

    boolean canTest(ProviderDescriptor provider) {
        return testers.containsKey(provider.id());
    }

    public void reload() {
        if (disposed) return;
        work.submit("Loading connections", p -> {
            List<ConnectionRow> rows = new ArrayList<>();
            for (Connection c : connections.all()) {
                ProviderDescriptor d = ProviderCatalog.find(c.provider()).orElse(unknown(c));
                ConnectionSecrets s = ConnectionSecrets.fromBytes(connections.credentials(c.id()));
                rows.add(new ConnectionRow(c, d, !s.values().isEmpty(), s.get(PlaidSettings.ACCESS_TOKEN).isPresent()));
            }
            return rows;
        }, rows -> {
            if (disposed) return;
            Long selected = model.selected.get() == null ? null : model.selected.get().connection().id();
            model.rows.setAll(rows);
            model.selected.set(rows.stream().filter(r -> selected != null && r.connection().id() == selected).findFirst().orElse(null));
            loadFallback();
        }, this::fail);
    }

    /** Opens the form for a new connection of {@code provider}. */
    public void add(ProviderDescriptor provider) {
        new ConnectionDialog(view.window(), provider, null, ConnectionSecrets.empty(), this).showAndWait().ifPresent(result -> {
            int priority = model.rows.stream().filter(r -> r.connection().kind() == provider.kind())
                    .mapToInt(r -> r.connection().priority() + 1).max().orElse(0);
            Connection fresh = new Connection(0, provider.kind(), provider.id(), result.name(),
                    provider.keyless() ? ConnectionStatus.OK : ConnectionStatus.NEW, null, null, null, priority);
            byte[] sealed = result.secrets().values().isEmpty() ? null : result.secrets().toBytes();
            run("Adding " + provider.displayName(), p -> connections.insert(fresh, sealed),
                    c -> say("Added " + c.displayName() + "."));
        });
    }

    void edit(ConnectionRow row) {
        if (row == null) return;
        long id = row.connection().id();
        work.submit("Opening " + row.connection().displayName(), p -> ConnectionSecrets.fromBytes(connections.credentials(id)), stored ->
                new ConnectionDialog(view.window(), row.provider(), row.connection().displayName(), stored, this).showAndWait()
                        .ifPresent(result -> run("Saving " + result.name(), p -> {
                            Connection c = connections.find(id).orElseThrow(() -> new IllegalStateException("The connection was deleted"));
                            connections.update(new Connection(id, c.kind(), c.provider(), result.name(), c.status(), c.syncCursor(),
                                    c.lastSyncAt(), c.lastError(), c.priority()));
                            connections.updateCredentials(id, result.secrets().values().isEmpty() ? null : result.secrets().toBytes());
                            return result.name();
                        }, name -> say("Saved " + name + "."))), this::fail);
    }

    void delete(ConnectionRow row) {
        if (row == null) return;
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete '" + row.connection().displayName()
                + "' and its stored keys?" + (row.plaid() && row.bankLinked() ? " The bank is also disconnected at Plaid." : "")
                + " Accounts and transactions it imported stay.",
                new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        confirm.initOwner(view.window());
        confirm.setHeaderText(null);
        confirm.setTitle("Delete connection");
        confirm.getDialogPane().setId("connection-delete-confirmation");
        confirm.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b ->
                run("Deleting " + row.connection().displayName(), p -> {
                    if (row.plaid() && row.bankLinked()) {
                        linking.delete(row.connection().id());
                    } else {
                        connections.delete(row.connection().id());
                    }
                    return row.connection().displayName();
                }, name -> say("Deleted " + name + ".")));
    }

    void toggleEnabled(ConnectionRow row) {
        if (row == null) return;
        ConnectionStatus next = row.enabled() ? ConnectionStatus.DISABLED : ConnectionStatus.NEW;
        run(next == ConnectionStatus.DISABLED ? "Disabling" : "Enabling", p -> {
            connections.updateStatus(row.connection().id(), next, null);
            return next;
        }, s -> say(row.connection().displayName() + (s == ConnectionStatus.DISABLED ? " is disabled." : " is enabled.")));
    }

    /** Moves the connection one place up (-1) or down (+1) among connections of its kind. */
    void move(ConnectionRow row, int direction) {
        if (row == null) return;
        List<Connection> sameKind = model.rows.stream().map(ConnectionRow::connection)
                .filter(c -> c.kind() == row.connection().kind())
                .sorted(Comparator.comparingInt(Connection::priority).thenComparingLong(Connection::id)).toList();
        int at = sameKind.indexOf(row.connection());
        int to = at + direction;
        if (at < 0 || to < 0 || to >= sameKind.size()) return;
        List<Connection> reordered = new ArrayList<>(sameKind);
        reordered.add(to, reordered.remove(at));
        run("Reordering connections", p -> {
            for (int i = 0; i < reordered.size(); i++) {
                Connection c = reordered.get(i);
                if (c.priority() != i) connections.update(new Connection(c.id(), c.kind(), c.provider(), c.displayName(), c.status(),
                        c.syncCursor(), c.lastSyncAt(), c.lastError(), i));
            }
            return reordered.size();
        }, n -> { });
    }

    /** Tests stored credentials of a listed connection. */
    void test(ConnectionRow row) {
        if (row == null) return;
        ConnectionTester tester = testers.get(row.provider().id());
        if (tester == null) return;
        long id = row.connection().id();
        work.submit("Testing " + row.connection().displayName(),
                p -> tester.test(ConnectionSecrets.fromBytes(connections.credentials(id))), this::say, this::fail);
    }

    /** Tests values typed in the dialog, before they are saved; {@code done} gets (ok, message) on the FX thread. */
    void test(ProviderDescriptor provider, ConnectionSecrets entered, BiConsumer<Boolean, String> done) {
        ConnectionTester tester = testers.get(provider.id());
        if (tester == null) return;
        work.submit("Testing " + provider.displayName(), p -> tester.test(entered), ok -> done.accept(true, ok),
                e -> done.accept(false, WorkMessages.of(e)));
    }

    void connectBank(ConnectionRow row) {
        if (row == null || !row.plaid() || busy()) return;
        model.linkUrl.set("");
        long id = row.connection().id();
        Task<Connection> task = work.submit("Connecting a bank", p -> linking.connect(id, this::openInBrowser, p), linked -> {
            model.job.set(null);
            model.linkUrl.set("");
            say(linked.displayName() + " is connected. Reading its transactions…");
            reload();
            syncNow(linked.id(), linked.displayName());
        }, this::jobFailed);
        watch(task);
    }

    void signInAgain(ConnectionRow row) {
        if (row == null || !row.plaid() || busy()) return;
        model.linkUrl.set("");
        long id = row.connection().id();
        Task<Connection> task = work.submit("Signing in to the bank again", p -> linking.reauthenticate(id, this::openInBrowser, p),
                done -> {
                    model.job.set(null);
                    model.linkUrl.set("");
                    say(done.displayName() + " works again.");
                    reload();
                }, this::jobFailed);
        watch(task);
    }

    void syncNow(ConnectionRow row) {
        if (row == null || !row.plaid()) return;
        syncNow(row.connection().id(), row.connection().displayName());
    }

    void cancelJob() {
        Task<?> job = model.job.get();
        if (job != null) job.cancel();
    }

    void selectFallbackClass(AssetClass assetClass) {
        model.fallbackClass.set(assetClass);
        loadFallback();
    }

    /** Moves a provider up (-1) or down (+1) in the selected asset class's fallback order and stores the order. */
    void moveFallback(ProviderDescriptor provider, int direction) {
        List<ProviderDescriptor> order = new ArrayList<>(model.fallbackOrder);
        int at = order.indexOf(provider);
        int to = at + direction;
        if (at < 0 || to < 0 || to >= order.size()) return;
        order.add(to, order.remove(at));
        AssetClass assetClass = model.fallbackClass.get();
        List<String> ids = order.stream().map(ProviderDescriptor::id).toList();
        model.fallbackOrder.setAll(order);
        run("Saving the fallback order", p -> {
            fallback.store(assetClass, ids);
            return ids;
        }, ids2 -> { });
    }

    private void syncNow(long id, String name) {
        if (busy()) return;
        Task<SyncReport> task = work.submit("Syncing " + name, p -> bankSync.sync(id, p), report -> {
            model.job.set(null);
            say(name + ": " + report.summary() + ".");
            reload();
        }, this::jobFailed);
        watch(task);
    }

    private void loadFallback() {
        AssetClass assetClass = model.fallbackClass.get();
        List<ProviderDescriptor> available = model.rows.stream()
                .filter(r -> r.connection().kind() == ConnectionKind.MARKET_DATA && r.enabled())
                .filter(r -> r.provider().assetClasses().contains(assetClass))
                .sorted(Comparator.comparingInt((ConnectionRow r) -> r.connection().priority()))
                .map(ConnectionRow::provider).distinct().toList();
        List<String> ids = available.stream().map(ProviderDescriptor::id).toList();
        work.submit("Loading the fallback order", p -> fallback.order(assetClass, ids), order -> {
            if (disposed || model.fallbackClass.get() != assetClass) return;
            model.fallbackOrder.setAll(order.stream().map(id -> available.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow())
                    .toList());
        }, this::fail);
    }

    private void openInBrowser(URI url) {
        Platform.runLater(() -> {
            model.linkUrl.set(url.toString());
            browser.accept(url.toString());
        });
    }

    private boolean busy() {
        if (model.job.get() == null) return false;
        say("Wait for the running bank job to finish, or cancel it.");
        return true;
    }

    private void watch(Task<?> task) {
        model.job.set(task);
        task.setOnCancelled(e -> {
            model.job.set(null);
            model.linkUrl.set("");
            say("Cancelled.");
            reload();
        });
    }

    private void jobFailed(Throwable e) {
        model.job.set(null);
        model.linkUrl.set("");
        fail(e);
        reload();
    }

    private <T> void run(String title, Work<T> job, Consumer<? super T> then) {
        if (disposed) return;
        work.submit(title, job, result -> {
            then.accept(result);
            reload();
        }, this::fail);
    }

    private void say(String text) {
        model.messageIsError.set(false);
        model.message.set(text);
    }

    private void fail(Throwable e) {
        model.messageIsError.set(true);
        model.message.set(WorkMessages.of(e));
    }

    private static ProviderDescriptor unknown(Connection c) {
        return new ProviderDescriptor(c.provider(), c.provider(), c.kind(), List.of(), "", Set.of());
    }
}
