package dev.meridian.core.demo;

import static dev.meridian.core.db.generated.Tables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoVaultGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final List<Table<?>> DATA_TABLES = List.of(INSTRUMENT, PRICE_BAR_CHUNK, CORPORATE_ACTION, FX_RATE, PORTFOLIO, ACCOUNT,
            TXN, CATEGORY, CATEGORY_RULE, BUDGET, GOAL, GOAL_CONTRIBUTION, WATCHLIST, WATCHLIST_ITEM, ALERT, NOTIFICATION, SETTING);

    @TempDir Path dir;

    @Test
    void populatesAFileVaultWithTheWholeDemo() {
        DemoMarket market = DemoMarket.generate(42, TODAY);
        try (Database db = Database.openPlain(dir.resolve("demo"))) {
            new DemoVaultGenerator(42, TODAY).populate(db.dsl(), Progress.NONE);
            DSLContext dsl = db.dsl();
            assertThat(dsl.fetchCount(INSTRUMENT)).isEqualTo(30);
            assertThat(dsl.fetchCount(PORTFOLIO)).isEqualTo(3);
            assertThat(dsl.fetchCount(ACCOUNT)).isEqualTo(6);
            assertThat(dsl.fetchCount(TXN)).isEqualTo(expectedLedgerSize(market));
            assertThat(dsl.fetchCount(CATEGORY)).isEqualTo(DemoCategories.categories().size());
            assertThat(dsl.fetchCount(CATEGORY_RULE)).isEqualTo(DemoCategories.rules().size());
            assertThat(dsl.fetchCount(BUDGET)).isEqualTo(DemoCategories.budgets().size());
            assertThat(dsl.fetchCount(GOAL)).isEqualTo(3);
            assertThat(dsl.fetchCount(GOAL_CONTRIBUTION)).isPositive();
            assertThat(dsl.fetchCount(WATCHLIST)).isEqualTo(3);
            assertThat(dsl.fetchCount(ALERT)).isEqualTo(5);
            assertThat(dsl.fetchCount(NOTIFICATION)).isEqualTo(4);
            assertThat(dsl.fetchCount(FX_RATE)).isEqualTo(market.daily().get("EURUSD").size());
            int actions = market.daily().values().stream().mapToInt(h -> h.splits().size() + h.dividends().size()).sum();
            assertThat(dsl.fetchCount(CORPORATE_ACTION)).isEqualTo(actions);
            assertThat(new SettingsRepository(dsl).get(DemoVaultGenerator.SETTING_DEMO_SEED)).contains("42");

            InstrumentRepository instruments = new InstrumentRepository(dsl);
            BarRepository bars = new BarRepository(dsl);
            long nwtk = instruments.findBySymbol("NWTK").orElseThrow().id();
            BarSeries daily = bars.load(nwtk, Timeframe.D1);
            assertThat(daily.size()).isEqualTo(market.daily().get("NWTK").size());
            assertThat(daily.close(daily.size() - 1)).isEqualTo(market.daily().get("NWTK").lastClose());
            assertThat(bars.load(nwtk, Timeframe.M1).size()).isEqualTo(market.minutes().get("NWTK").size());
            long btc = instruments.findBySymbol("BTC-USD").orElseThrow().id();
            assertThat(bars.load(btc, Timeframe.M1).size()).isEqualTo(30 * 1440);
            assertStoredLedgerMatchesTheGeneratedOne(dsl, market);
        }
    }

    /** Regenerates the ledger with the ids the vault assigned and compares every account's balance and bookings. */
    private static void assertStoredLedgerMatchesTheGeneratedOne(DSLContext dsl, DemoMarket market) {
        Map<String, Long> instrumentIds = new HashMap<>();
        new InstrumentRepository(dsl).all().forEach(i -> instrumentIds.put(i.symbol(), i.id()));
        Map<String, Long> categoryIds = new HashMap<>();
        new CategoryRepository(dsl).all().forEach(c -> categoryIds.put(c.name(), c.id()));
        AccountRepository accountRepository = new AccountRepository(dsl);
        Map<String, Account> accounts = new HashMap<>();
        accountRepository.all().forEach(a -> accounts.put(a.name(), a));
        List<Long> portfolioAccounts = DemoPortfolios.all().stream().map(p -> accounts.get(p.accountName()).id()).toList();
        var bank = new BankScenario.Accounts(accounts.get(BankScenario.CHECKING_NAME).id(), accounts.get("High-Yield Savings").id(),
                accounts.get("Rewards Visa").id());
        List<Transaction> expected = DemoLedger.build(42, TODAY, market, instrumentIds, new DemoLedger.AccountIds(portfolioAccounts, bank), categoryIds);
        TransactionRepository transactions = new TransactionRepository(dsl);
        for (Account account : accounts.values()) {
            List<Transaction> stored = transactions.forAccount(account.id());
            List<Transaction> generated = expected.stream().filter(t -> t.accountId() == account.id()).toList();
            assertThat(stored).as(account.name()).hasSameSizeAs(generated);
            BigDecimal sum = generated.stream().map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(accountRepository.balance(account.id()).amount()).as(account.name())
                    .isEqualByComparingTo(account.openingBalance().amount().add(sum));
            assertThat(stored.stream().filter(t -> t.type() == TransactionType.SPLIT).count())
                    .isEqualTo(generated.stream().filter(t -> t.type() == TransactionType.SPLIT).count());
        }
        assertThat(dsl.fetchCount(TXN, TXN.TXN_TYPE.eq(TransactionType.SPLIT.name()))).isEqualTo(3);
        assertThat(accountRepository.balance(bank.checking()).isNegative()).isFalse();
    }

    @Test
    void sameSeedWritesTheSameVaultAndAnotherSeedADifferentOne() {
        String a = populatedFingerprint("a", 7);
        String b = populatedFingerprint("b", 7);
        String c = populatedFingerprint("c", 8);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void cancellingAtTheLastMomentLeavesTheVaultEmpty() {
        try (Database db = Database.openPlain(dir.resolve("cancel-late"))) {
            Progress cancelAtEnd = new CountingProgress(m -> m.equals("Demo vault ready") || m.startsWith("Writing watchlists"));
            assertThatThrownBy(() -> new DemoVaultGenerator(42, TODAY).populate(db.dsl(), cancelAtEnd)).isInstanceOf(CancelledException.class);
            assertEmpty(db.dsl());
        }
    }

    @Test
    void cancellingWhileWritingBarsLeavesTheVaultEmpty() {
        try (Database db = Database.openPlain(dir.resolve("cancel-early"))) {
            Progress cancel = new CountingProgress(m -> m.equals("Writing HLXS"));
            assertThatThrownBy(() -> new DemoVaultGenerator(42, TODAY).populate(db.dsl(), cancel)).isInstanceOf(CancelledException.class);
            assertEmpty(db.dsl());
        }
    }

    @Test
    void refusesAVaultThatAlreadyHasDataAndChangesNothing() {
        try (Database db = Database.openPlain(dir.resolve("twice"))) {
            new DemoVaultGenerator(1, TODAY).populate(db.dsl(), Progress.NONE);
            int before = db.dsl().fetchCount(TXN);
            assertThatThrownBy(() -> new DemoVaultGenerator(2, TODAY).populate(db.dsl(), Progress.NONE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty vault");
            assertThat(db.dsl().fetchCount(TXN)).isEqualTo(before);
            assertThat(new SettingsRepository(db.dsl()).get(DemoVaultGenerator.SETTING_DEMO_SEED)).contains("1");
        }
    }

    @Test
    void reportsProgressUpToTheTotal() {
        try (Database db = Database.openPlain(dir.resolve("progress"))) {
            CountingProgress progress = new CountingProgress(m -> false);
            new DemoVaultGenerator(42, TODAY).populate(db.dsl(), progress);
            assertThat(progress.updates.get()).isGreaterThan(30);
            assertThat(progress.lastDone).isEqualTo(progress.lastTotal);
        }
    }

    private String populatedFingerprint(String name, long seed) {
        try (Database db = Database.openPlain(dir.resolve(name))) {
            new DemoVaultGenerator(seed, TODAY).populate(db.dsl(), Progress.NONE);
            DemoFingerprint f = new DemoFingerprint();
            for (Table<?> t : DATA_TABLES) {
                if (t == PRICE_BAR_CHUNK) continue;
                db.dsl().selectFrom(t).orderBy(t.fields()[0], t.fields()[1]).fetch().forEach(r -> f.add(r.formatCSV()));
            }
            BarRepository bars = new BarRepository(db.dsl());
            new InstrumentRepository(db.dsl()).all().forEach(i -> f.add(bars.load(i.id(), Timeframe.D1)));
            return f.hex();
        }
    }

    private static int expectedLedgerSize(DemoMarket market) {
        Map<String, Long> ids = new HashMap<>();
        long id = 1;
        for (DemoInstrument i : market.instruments()) ids.put(i.symbol(), id++);
        Map<String, Long> categories = new HashMap<>();
        for (var c : DemoCategories.categories()) categories.put(c.name(), id++);
        return DemoLedger.build(42, TODAY, market, ids,
                new DemoLedger.AccountIds(List.of(1L, 2L, 3L), new BankScenario.Accounts(4, 5, 6)), categories).size();
    }

    private static void assertEmpty(DSLContext dsl) {
        for (Table<?> t : DATA_TABLES) assertThat(dsl.fetchCount(t)).as(t.getName()).isZero();
    }

    /** Cancels once a progress message matches. */
    private static final class CountingProgress implements Progress {
        private final java.util.function.Predicate<String> cancelOn;
        private final AtomicInteger updates = new AtomicInteger();
        private volatile boolean cancelled;
        private long lastDone;
        private long lastTotal;

        CountingProgress(java.util.function.Predicate<String> cancelOn) {
            this.cancelOn = cancelOn;
        }

        @Override
        public void update(long done, long total, String message) {
            updates.incrementAndGet();
            lastDone = done;
            lastTotal = total;
            if (cancelOn.test(message)) cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
