package dev.meridian.core.demo;


import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.CorporateAction;
import dev.meridian.core.domain.FxRate;
import dev.meridian.core.domain.Goal;
import dev.meridian.core.domain.GoalContribution;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.RuleOrigin;
import dev.meridian.core.domain.TargetAllocation;
import dev.meridian.core.domain.Watchlist;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.CategoryRuleRepository;
import dev.meridian.core.repo.CorporateActionRepository;
import dev.meridian.core.repo.GoalRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.NotificationRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.repo.TargetAllocationRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.repo.WatchlistRepository;
import dev.meridian.core.work.Progress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Fills an empty vault with the demo: generated instruments and bars, three portfolios, bank accounts with
 * two years of bookings, categories, budgets, goals, watchlists, alerts and notifications. The same seed
 * and anchor date always give the same vault. Everything is written in one database transaction, so a
 * cancelled or failed run leaves the vault as empty as it was.
 */
public final class DemoVaultGenerator {

    /** Settings keys the app reads to label the vault as generated demo data. */
    public static final String SETTING_DEMO_SEED = "demo.seed";
    public static final String SETTING_DEMO_ANCHOR = "demo.anchorDate";

    private final long seed;
    private final LocalDate today;

    public DemoVaultGenerator(long seed, LocalDate today) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
    }

    public void populate(DSLContext dsl, Progress progress) {
        Steps steps = new Steps(progress, DemoInstruments.all().size() + 10);
        steps.next("Generating prices");
        DemoMarket market = DemoMarket.generate(seed, today);
        dsl.transaction(configuration -> new Writer(configuration.dsl(), market, steps).write());
    }

    /** Counts progress units and checks for cancellation between them. */
    private static final class Steps {
        private final Progress progress;
        private final long total;
        private long done;

        Steps(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void next(String message) {
            progress.checkCancelled();
            progress.update(done++, total, message);
        }

        void finish() {
            progress.checkCancelled();
            progress.update(total, total, "Demo vault ready");
        }
    }

    /** Writes one generated demo into the vault through the repositories of one transaction. */
    private final class Writer {
        private final DSLContext dsl;
        private final DemoMarket market;
        private final Steps steps;
        private final Map<String, Long> instrumentIds = new LinkedHashMap<>();
        private final Map<String, Long> categoryIds = new HashMap<>();

        Writer(DSLContext dsl, DemoMarket market, Steps steps) {
            this.dsl = dsl;
            this.market = market;
            this.steps = steps;
        }

        void write() {
            requireEmptyVault();
            instrumentsAndBars();
            steps.next("Writing exchange rates");
            new FxRateRepository(dsl).putAll(new DemoWorkspace(instrumentIds, market.daily(), today).eurUsdRates());
            steps.next("Writing categories and budgets");
            categories();
            steps.next("Opening accounts");
            DemoLedger.AccountIds accounts = accounts();
            steps.next("Generating transactions");
            var ledger = DemoLedger.build(seed, today, market, instrumentIds, accounts, categoryIds);
            steps.next("Writing " + ledger.size() + " transactions");
            new TransactionRepository(dsl).insertAll(ledger);
            steps.next("Writing goals");
            goals(accounts.bank().savings());
            steps.next("Writing watchlists and alerts");
            workspace();
            steps.finish();
        }

        private void requireEmptyVault() {
            if (!new InstrumentRepository(dsl).all().isEmpty() || !new AccountRepository(dsl).all().isEmpty()) {
                throw new IllegalStateException("The demo can only be generated into an empty vault; this one already has data");
            }
        }

        private void instrumentsAndBars() {
            InstrumentRepository instruments = new InstrumentRepository(dsl);
            BarRepository bars = new BarRepository(dsl);
            CorporateActionRepository actions = new CorporateActionRepository(dsl);
            for (DemoInstrument demo : market.instruments()) {
                steps.next("Writing " + demo.symbol());
                Instrument saved = instruments.insert(demo.instrument());
                instrumentIds.put(demo.symbol(), saved.id());
                DailyHistory history = market.daily().get(demo.symbol());
                bars.merge(saved.id(), Timeframe.D1, history.bars());
                if (market.minutes().containsKey(demo.symbol())) bars.merge(saved.id(), Timeframe.M1, market.minutes().get(demo.symbol()));
                for (SplitEvent s : history.splits()) {
                    actions.insert(CorporateAction.split(saved.id(), s.exDate(), BigDecimal.valueOf(s.from()), BigDecimal.valueOf(s.to())));
                }
                for (DividendEvent d : history.dividends()) {
                    actions.insert(CorporateAction.dividend(saved.id(), d.exDate(), new Money(d.perShare(), demo.currency())));
                }
            }
        }

        private void categories() {
            CategoryRepository categories = new CategoryRepository(dsl);
            for (DemoCategories.CategorySpec spec : DemoCategories.categories()) {
                Long parent = spec.parent() == null ? null : categoryIds.get(spec.parent());
                long id = categories.insert(new Category(0, spec.name(), parent, spec.kind(), spec.group())).id();
                categoryIds.put(spec.name(), id);
            }
            CategoryRuleRepository rules = new CategoryRuleRepository(dsl);
            for (DemoCategories.RuleSpec r : DemoCategories.rules()) {
                rules.insert(new CategoryRule(0, categoryIds.get(r.category()), r.field(), r.match(), r.pattern(), r.minAmount(),
                        r.maxAmount(), r.priority(), RuleOrigin.USER));
            }
            BudgetRepository budgets = new BudgetRepository(dsl);
            YearMonth now = YearMonth.from(today);
            for (DemoCategories.BudgetSpec b : DemoCategories.budgets()) {
                YearMonth last = b.untilMonthsBeforeToday() == null ? null : now.minusMonths(b.untilMonthsBeforeToday());
                budgets.insert(new Budget(0, categoryIds.get(b.category()), new Money(b.monthlyAmount(), BankScenario.CURRENCY),
                        now.minusMonths(b.monthsBeforeToday()), last, b.rollover()));
            }
        }

        private DemoLedger.AccountIds accounts() {
            PortfolioRepository portfolios = new PortfolioRepository(dsl);
            AccountRepository accounts = new AccountRepository(dsl);
            List<Long> portfolioAccounts = new ArrayList<>();
            for (PortfolioPlan plan : DemoPortfolios.all()) {
                Portfolio p = portfolios.insert(new Portfolio(0, plan.name(), plan.currency(), plan.costMethod(),
                        instrumentIds.get(plan.benchmarkSymbol())));
                if (portfolioAccounts.isEmpty()) targets(p.id());
                portfolioAccounts.add(accounts.insert(new Account(0, plan.accountName(), plan.accountType(), plan.currency(), p.id(),
                        plan.institution(), plan.numberMask(), null, false, null)).id());
            }
            String usd = BankScenario.CURRENCY;
            long checking = accounts.insert(new Account(0, BankScenario.CHECKING_NAME, AccountType.BANK, usd, null, BankScenario.BANK,
                    "••••4821", new Money(BankScenario.CHECKING_OPENING, usd), false, null)).id();
            long savings = accounts.insert(new Account(0, "High-Yield Savings", AccountType.SAVINGS, usd, null, BankScenario.BANK,
                    "••••9056", new Money(BankScenario.SAVINGS_OPENING, usd), false, null)).id();
            long card = accounts.insert(new Account(0, "Rewards Visa", AccountType.CREDIT_CARD, usd, null, BankScenario.CARD_ISSUER,
                    "••••1187", null, false, null)).id();
            return new DemoLedger.AccountIds(portfolioAccounts, new BankScenario.Accounts(checking, savings, card));
        }

        /** Target weights by asset class for the first (US) portfolio, so the rebalancing view has something to plan. */
        private void targets(long portfolioId) {
            new TargetAllocationRepository(dsl).replace(portfolioId, List.of(
                    new TargetAllocation(portfolioId, "STOCK", new BigDecimal("0.55")),
                    new TargetAllocation(portfolioId, "ETF", new BigDecimal("0.40"))));
        }

        private void goals(long savingsAccountId) {
            GoalRepository goals = new GoalRepository(dsl);
            for (GoalPlan plan : GoalPlan.all(today, savingsAccountId, DemoRandom.stream(seed, "goals"))) {
                Goal goal = goals.insert(plan.goal());
                for (GoalContribution c : plan.contributions()) {
                    goals.addContribution(new GoalContribution(0, goal.id(), c.date(), c.amount(), c.note()));
                }
            }
        }

        private void workspace() {
            DemoWorkspace workspace = new DemoWorkspace(instrumentIds, market.daily(), today);
            WatchlistRepository watchlists = new WatchlistRepository(dsl);
            for (Watchlist w : workspace.watchlists()) watchlists.insert(w);
            AlertRepository alerts = new AlertRepository(dsl);
            workspace.alerts().forEach(alerts::insert);
            NotificationRepository notifications = new NotificationRepository(dsl);
            workspace.notifications(seed).forEach(notifications::insert);
            SettingsRepository settings = new SettingsRepository(dsl);
            settings.put(SETTING_DEMO_SEED, Long.toString(seed));
            settings.put(SETTING_DEMO_ANCHOR, today.toString());
        }
    }
}
