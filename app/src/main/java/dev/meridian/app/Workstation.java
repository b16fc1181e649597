package dev.meridian.app;

import dev.meridian.app.accounts.AccountsController;
import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.charts.ChartsController;
import dev.meridian.app.imports.ImportsController;
import dev.meridian.app.instruments.InstrumentCard;
import dev.meridian.app.instruments.InstrumentPaletteSearch;
import dev.meridian.app.settings.SettingsController;
import dev.meridian.app.settings.VaultPreferences;
import dev.meridian.app.shell.ScreenEntry;
import dev.meridian.app.shell.ShellController;
import dev.meridian.app.theme.ThemeChoice;
import dev.meridian.app.theme.Themes;
import dev.meridian.app.undo.UndoStack;
import dev.meridian.app.unlock.OpenedVault;
import dev.meridian.app.window.MachinePreferences;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.imports.ImportUndo;
import dev.meridian.core.imports.ImportWriter;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.ChartDrawingRepository;
import dev.meridian.core.repo.ChartLayoutRepository;
import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.AutoLock;
import dev.meridian.core.vault.Vault;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.jooq.DSLContext;
import org.kordamp.ikonli.feather.Feather;

/**
 * The composition root of an unlocked session: the one place that knows every service. It builds
 * the repositories on the vault and hands each screen only what that screen uses. The list in
 * {@link #screens()} is where screens register. {@link #close()} ends the session as a whole.
 */
public final class Workstation {

    private final OpenedVault opened;
    private final BackgroundWork work;
    private final Themes themes;
    private final MachinePreferences machine;
    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final CategoryRepository categories;
    private final InstrumentRepository instruments;
    private final BarRepository bars;
    private final ChartDrawingRepository drawings;
    private final ChartLayoutRepository layouts;
    private final AuditLog audit;
    private final VaultPreferences preferences;
    private final UndoStack undo;
    private final AutoLock autoLock;
    private final MoneyFormat money = new MoneyFormat(Locale.getDefault(Locale.Category.FORMAT));
    private final ShellController shell;
    private final ChangeListener<ThemeChoice> persistTheme;
    /** Built by the shell on the first visit of the charts screen; the palette opens instruments on it. */
    private ChartsController charts;

    /** @param onLock called on the FX thread when the user or the idle timer locks the vault */
    public Workstation(OpenedVault opened, BackgroundWork work, Themes themes, MachinePreferences machine, Runnable onLock) {
        this.opened = opened;
        this.work = work;
        this.themes = themes;
        this.machine = machine;
        DSLContext dsl = opened.vault().dsl();
        this.accounts = new AccountRepository(dsl);
        this.transactions = new TransactionRepository(dsl);
        this.categories = new CategoryRepository(dsl);
        this.instruments = new InstrumentRepository(dsl);
        this.bars = new BarRepository(dsl);
        this.drawings = new ChartDrawingRepository(dsl);
        this.layouts = new ChartLayoutRepository(dsl);
        this.audit = new AuditLog(dsl);
        this.preferences = new VaultPreferences(new SettingsRepository(dsl));
        this.undo = new UndoStack(work);
        this.autoLock = new AutoLock(Duration.ofMinutes(VaultPreferences.DEFAULT_AUTO_LOCK_MINUTES),
                () -> Platform.runLater(onLock));
        this.shell = new ShellController(screens(), opened.name(), opened.demo(), work, themes, undo,
                new InstrumentPaletteSearch(instruments, i -> InstrumentCard.show(shellWindow(), i), this::openChart), onLock);
        this.persistTheme = (obs, old, now) -> saveTheme(now);
        loadPreferences();
    }

    /** Every screen of the workstation, in sidebar order (Ctrl+1 is the first). Register new screens here. */
    private List<ScreenEntry> screens() {
        return List.of(
                new ScreenEntry("accounts", "Accounts & Transactions", Feather.CREDIT_CARD,
                        () -> new AccountsController(accounts, transactions, categories, audit, work, undo, money, () -> shell.show("imports"))),
                new ScreenEntry("imports", "Import", Feather.DOWNLOAD,
                        () -> new ImportsController(accounts, transactions, instruments, new ImportBatchRepository(opened.vault().dsl()),
                                new ImportWriter(opened.vault().dsl(), Clock.systemUTC()), new ImportUndo(opened.vault().dsl()), work, undo)),
                new ScreenEntry("charts", "Charts", Feather.BAR_CHART_2,
                        () -> charts = new ChartsController(instruments, bars, drawings, layouts, work, themes.darkProperty())),
                new ScreenEntry("settings", "Settings", Feather.SETTINGS,
                        () -> new SettingsController(preferences, themes, autoLock, opened.vault()::changePassword,
                                opened.vault().folder(), work)));
    }

    public Parent view() {
        return shell.view();
    }

    public ShellController shell() {
        return shell;
    }

    public String vaultName() {
        return opened.name();
    }

    public boolean isDemo() {
        return opened.demo();
    }

    /** User activity (a key or the mouse): postpones auto-lock. */
    public void touch() {
        autoLock.touch();
    }

    /**
     * Ends the session: stops auto-lock and running jobs, drops every screen's data and the undo
     * history. Returns the vault, which the caller closes off the FX thread.
     */
    public Vault close() {
        autoLock.stop();
        themes.choiceProperty().removeListener(persistTheme);
        work.cancelAll();
        shell.dispose();
        undo.clear();
        work.setFailureSink(failure -> { });
        return opened.vault();
    }

    private void loadPreferences() {
        record Stored(Optional<ThemeChoice> theme, Duration autoLock) { }
        work.submit("Loading preferences", p -> new Stored(preferences.theme(), preferences.autoLock()), stored -> {
            if (themes.followsVault()) stored.theme().ifPresent(themes.choiceProperty()::set);
            autoLock.setIdleTimeout(stored.autoLock());
            themes.choiceProperty().addListener(persistTheme);
            machine.setLastTheme(themes.choiceProperty().get().name());
        });
    }

    private void saveTheme(ThemeChoice choice) {
        machine.setLastTheme(choice.name());
        work.submit("Saving theme", p -> {
            preferences.setTheme(choice);
            return choice;
        }, saved -> { });
    }

    private void openChart(Instrument instrument) {
        shell.show("charts");
        if (charts != null) charts.open(instrument);
    }

    private Window shellWindow() {
        Parent root = shell.view();
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
