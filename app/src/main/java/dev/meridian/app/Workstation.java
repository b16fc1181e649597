package dev.meridian.app;

import dev.meridian.app.accounts.AccountsController;
import dev.meridian.app.budgets.BudgetsController;
import dev.meridian.app.goals.GoalsController;
import dev.meridian.app.insights.InsightsController;
import dev.meridian.app.subscriptions.SubscriptionsController;
import dev.meridian.app.accounts.MoneyFormat;
import dev.meridian.app.charts.ChartsController;
import dev.meridian.app.dashboard.DashboardController;
import dev.meridian.app.export.PortfolioExports;
import dev.meridian.app.export.ReportContent;
import dev.meridian.app.performance.PerformanceController;
import dev.meridian.app.portfolio.FigureFormat;
import dev.meridian.app.portfolio.PortfolioService;
import dev.meridian.app.portfolios.PortfoliosController;
import dev.meridian.app.connections.ConnectionTester;
import dev.meridian.app.connections.ConnectionsController;
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
import dev.meridian.app.watchlists.ConfiguredProviders;
import dev.meridian.app.watchlists.MarketDesk;
import dev.meridian.sync.market.http.HttpClients;
import dev.meridian.sync.market.http.HttpTimeouts;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.coach.MoneyCoach;
import dev.meridian.core.coach.budget.BudgetPlanner;
import dev.meridian.core.coach.goals.GoalTracker;
import dev.meridian.core.coach.insights.InsightLink;
import dev.meridian.core.coach.recurring.RecurringCatalog;
import dev.meridian.core.coach.report.MonthReports;
import dev.meridian.core.coach.rules.Categorisation;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.portfolio.PortfolioBookLoader;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryCorrectionRepository;
import dev.meridian.core.repo.CategoryRuleRepository;
import dev.meridian.core.repo.GoalRepository;
import dev.meridian.core.repo.RecurringSeriesRepository;
import dev.meridian.core.imports.ImportUndo;
import dev.meridian.core.imports.ImportWriter;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.CorporateActionRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.TargetAllocationRepository;
import dev.meridian.core.repo.AuditLog;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.ChartDrawingRepository;
import dev.meridian.core.repo.ChartLayoutRepository;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.MarketDataFallback;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.AutoLock;
import dev.meridian.core.vault.Vault;
import dev.meridian.sync.plaid.LinkPolling;
import dev.meridian.sync.plaid.Pause;
import dev.meridian.sync.plaid.PlaidBankLinking;
import dev.meridian.sync.plaid.PlaidBankSync;
import dev.meridian.sync.plaid.PlaidClients;
import dev.meridian.sync.plaid.PlaidKeysCheck;
import dev.meridian.sync.plaid.PlaidSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
    private final ConnectionRepository connections;
    private final MarketDataFallback marketDataFallback;
    private final PlaidBankLinking bankLinking;
    private final PlaidBankSync bankSync;
    private final Map<String, ConnectionTester> connectionTesters;
    private volatile Consumer<String> browser = url -> { };
    private final BudgetRepository budgets;
    private final GoalRepository goals;
    private final RecurringSeriesRepository recurring;
    private final Categorisation categorisation;
    private final Clock clock = Clock.systemDefaultZone();
    private final VaultPreferences preferences;
    private final UndoStack undo;
    private final AutoLock autoLock;
    private final MoneyFormat money = new MoneyFormat(Locale.getDefault(Locale.Category.FORMAT));
    private final FigureFormat figures = new FigureFormat(Locale.getDefault(Locale.Category.FORMAT));
    private final PortfolioService portfolios;
    private final PortfolioExports exports;
    private final ShellController shell;
    private final ChangeListener<ThemeChoice> persistTheme;
    /** Quotes, alerts, notifications and the bar cache refresh from the providers set up on the Connections screen. */
    private final MarketDesk market;
    /** Built by the shell on the first visit of the charts screen; the palette opens instruments on it. */
    private ChartsController charts;
    /** Built on the first visit of the accounts screen; insight links open their data on it. */
    private AccountsController accountsScreen;

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
        this.connections = new ConnectionRepository(dsl, opened.vault().secrets());
        this.marketDataFallback = new MarketDataFallback(new SettingsRepository(dsl));
        PlaidClients plaid = PlaidClients.live();
        this.bankLinking = new PlaidBankLinking(dsl, opened.vault().secrets(), plaid, LinkPolling.DEFAULT, Pause.REAL, Clock.systemUTC());
        this.bankSync = new PlaidBankSync(dsl, opened.vault().secrets(), plaid, Clock.systemUTC());
        this.connectionTesters = Map.of(PlaidSettings.PROVIDER, new PlaidKeysCheck(plaid)::test);
        this.budgets = new BudgetRepository(dsl);
        this.goals = new GoalRepository(dsl);
        this.recurring = new RecurringSeriesRepository(dsl);
        this.categorisation = new Categorisation(new CategoryRuleRepository(dsl), new CategoryCorrectionRepository(dsl), clock);
        this.preferences = new VaultPreferences(new SettingsRepository(dsl));
        this.undo = new UndoStack(work);
        this.portfolios = new PortfolioService(new PortfolioBookLoader(new PortfolioRepository(dsl), accounts, transactions, instruments, bars,
                new FxRateRepository(dsl)), transactions, accounts, instruments, bars, audit, new TargetAllocationRepository(dsl),
                new CorporateActionRepository(dsl), Clock.systemDefaultZone());
        this.exports = new PortfolioExports(portfolios, work, new ReportContent(money, figures), Themes.APP_STYLESHEET);
        this.market = new MarketDesk(dsl, instruments, bars, work,
                new ConfiguredProviders(connections, HttpClients.create(HttpTimeouts.STANDARD)));
        this.autoLock = new AutoLock(Duration.ofMinutes(VaultPreferences.DEFAULT_AUTO_LOCK_MINUTES),
                () -> Platform.runLater(onLock));
        this.shell = new ShellController(screens(), opened.name(), opened.demo(), work, themes, undo,
                new InstrumentPaletteSearch(instruments, i -> InstrumentCard.show(shellWindow(), i), this::openChart), onLock);
        this.persistTheme = (obs, old, now) -> saveTheme(now);
        shell.model().statusItems().addAll(market.statusItems());
        market.start();
        loadPreferences();
    }

    /** Every screen of the workstation, in sidebar order (Ctrl+1 is the first). Register new screens here. */
    private List<ScreenEntry> screens() {
        return List.of(
                new ScreenEntry("dashboard", "Dashboard", Feather.GRID,
                        () -> new DashboardController(portfolios, work, money, figures, themes.darkProperty())),
                new ScreenEntry("accounts", "Accounts & Transactions", Feather.CREDIT_CARD,
                        () -> accountsScreen = new AccountsController(accounts, transactions, categories, audit, work, undo, money, categorisation,
                                () -> shell.show("imports"))),
                new ScreenEntry("imports", "Import", Feather.DOWNLOAD,
                        () -> new ImportsController(accounts, transactions, instruments, new ImportBatchRepository(opened.vault().dsl()),
                                new ImportWriter(opened.vault().dsl(), Clock.systemUTC()), new ImportUndo(opened.vault().dsl()), work, undo)),
                new ScreenEntry("budgets", "Budgets", Feather.PIE_CHART,
                        () -> new BudgetsController(new BudgetPlanner(transactions, categories, budgets),
                                new MonthReports(transactions, categories, budgets, recurring), work, money)),
                new ScreenEntry("goals", "Goals", Feather.TARGET,
                        () -> new GoalsController(new GoalTracker(goals, accounts, transactions), goals, work, clock, money)),
                new ScreenEntry("subscriptions", "Subscriptions", Feather.REPEAT,
                        () -> new SubscriptionsController(new RecurringCatalog(recurring), transactions, work, clock, money)),
                new ScreenEntry("insights", "Insights", Feather.ZAP,
                        () -> new InsightsController(new MoneyCoach(opened.vault().dsl(), clock), work, this::openInsight, money)),
                new ScreenEntry("portfolios", "Portfolios", Feather.BRIEFCASE,
                        () -> new PortfoliosController(portfolios, exports, work, money, figures)),
                new ScreenEntry("performance", "Performance", Feather.TRENDING_UP,
                        () -> new PerformanceController(portfolios, exports, work, money, figures)),
                new ScreenEntry("charts", "Charts", Feather.BAR_CHART_2,
                        () -> charts = withAlertLines(new ChartsController(instruments, bars, drawings, layouts, work, themes.darkProperty()))),
                new ScreenEntry("watchlists", "Watchlists", Feather.LIST, () -> market.watchlistsScreen(this::openChart)),
                new ScreenEntry("connections", "Connections", Feather.LINK_2,
                        () -> new ConnectionsController(connections, marketDataFallback, connectionTesters, bankLinking, bankSync,
                                url -> browser.accept(url), work)),
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

    /** Quotes, alerts and notifications of this session (live feeds and tests push ticks here). */
    public MarketDesk market() {
        return market;
    }

    public String vaultName() {
        return opened.name();
    }

    public boolean isDemo() {
        return opened.demo();
    }

    /** How the Connections screen opens Plaid's Hosted Link page (the system browser in the app). */
    public void openLinksWith(Consumer<String> opener) {
        this.browser = opener;
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
        market.stop();
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

    private ChartsController withAlertLines(ChartsController controller) {
        controller.setAlertLevels(market.alerts()::priceLevels);
        return controller;
    }

    private void openChart(Instrument instrument) {
        shell.show("charts");
        if (charts != null) charts.open(instrument);
    }

    /** Shows the data behind an insight: bookings or a category's month on Accounts, or the goal / subscriptions screen. */
    private void openInsight(InsightLink link) {
        switch (link.target()) {
            case TRANSACTIONS -> {
                shell.show("accounts");
                if (accountsScreen != null) accountsScreen.showTransactions(link.ids());
            }
            case CATEGORY -> {
                shell.show("accounts");
                if (accountsScreen != null) accountsScreen.showCategory(link.ids().getFirst(), link.month());
            }
            case GOAL -> shell.show("goals");
            case SUBSCRIPTIONS -> shell.show("subscriptions");
        }
    }

    private Window shellWindow() {
        Parent root = shell.view();
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
