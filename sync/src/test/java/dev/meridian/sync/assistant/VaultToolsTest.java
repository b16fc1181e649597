package dev.meridian.sync.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.money.Money;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.portfolio.PnlSummary;
import dev.meridian.core.portfolio.PortfolioBookLoader;
import dev.meridian.core.portfolio.ProfitAndLoss;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.TransactionQuery;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.sync.assistant.tools.Spending;
import dev.meridian.sync.assistant.tools.ToolBox;
import dev.meridian.sync.assistant.tools.ToolOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every figure a tool reports equals what the repositories and core kernels give directly. */
class VaultToolsTest {

    static DSLContext dsl;
    static ToolBox tools;

    @BeforeAll static void openVault() {
        dsl = DemoVault.shared().dsl();
        tools = ToolBox.forVault(dsl, DemoVault.MONTH);
    }

    private static JsonNode run(String tool, String args) throws Exception {
        return OpenAiMock.JSON.readTree(tools.execute(tool, args).json());
    }

    private static String cents(Money m) {
        return m.rounded(2).amount().toPlainString();
    }

    @Test
    void accountsSummaryCarriesEveryBalanceWithItsCurrency() throws Exception {
        JsonNode result = run("accounts_summary", "{}");

        Map<Long, Money> balances = new AccountRepository(dsl).balances();
        Map<String, Money> netWorth = new HashMap<>();
        int open = 0;
        for (Account a : new AccountRepository(dsl).all()) {
            if (a.archived()) continue;
            open++;
            Money b = balances.getOrDefault(a.id(), Money.zero(a.currency()));
            netWorth.merge(b.currency(), b, Money::plus);
        }
        assertThat(result.get("accounts")).hasSize(open);
        for (JsonNode row : result.get("accounts")) {
            Money expected = balances.get(row.get("id").asLong());
            assertThat(row.get("balance").get("amount").asText()).isEqualTo(cents(expected));
            assertThat(row.get("balance").get("currency").asText()).isEqualTo(expected.currency());
        }
        for (JsonNode total : result.get("net_worth_by_currency")) {
            assertThat(total.get("amount").asText()).isEqualTo(cents(netWorth.get(total.get("currency").asText())));
        }
    }

    @Test
    void spendingByCategoryEqualsTheLedgerSums() throws Exception {
        LocalDate from = LocalDate.of(2026, 1, 1), to = LocalDate.of(2026, 10, 31);
        JsonNode result = run("spending_breakdown", "{\"from\":\"2026-01-01\",\"to\":\"2026-10-31\",\"group_by\":\"category\"}");

        Map<Long, String> names = new HashMap<>();
        new CategoryRepository(dsl).all().forEach(c -> names.put(c.id(), c.name()));
        Map<String, Money> expected = new HashMap<>();
        for (Transaction t : new TransactionRepository(dsl).query(TransactionQuery.all().withDates(from, to))) {
            if (!Spending.isSpending(t)) continue;
            String key = (t.categoryId() == null ? "Uncategorised" : names.get(t.categoryId())) + "|" + t.amount().currency();
            expected.merge(key, t.amount().negate(), Money::plus);
        }
        assertThat(expected).isNotEmpty();
        assertThat(result.get("groups")).hasSize(Math.min(expected.size(), 40));
        BigDecimal previous = null;
        for (JsonNode g : result.get("groups")) {
            Money want = expected.get(g.get("category").asText() + "|" + g.get("spent").get("currency").asText());
            assertThat(g.get("spent").get("amount").asText()).isEqualTo(cents(want));
            BigDecimal amount = new BigDecimal(g.get("spent").get("amount").asText());
            if (previous != null) assertThat(amount).isLessThanOrEqualTo(previous);
            previous = amount;
        }
    }

    @Test
    void transactionSearchFiltersByCategoryTextAndAmountAndPages() throws Exception {
        Category category = new CategoryRepository(dsl).all().stream()
                .filter(c -> new TransactionRepository(dsl).query(TransactionQuery.all().withCategory(c.id())).size() > 12)
                .findFirst().orElseThrow();
        var all = new TransactionRepository(dsl).query(TransactionQuery.all().withCategory(category.id()));
        String args = "{\"category\":\"" + category.name() + "\",\"page\":2,\"page_size\":5}";

        JsonNode result = run("search_transactions", args);

        assertThat(result.get("total_matches").asInt()).isEqualTo(all.size());
        assertThat(result.get("transactions")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Transaction t = all.get(5 + i);
            JsonNode row = result.get("transactions").get(i);
            assertThat(row.get("id").asLong()).isEqualTo(t.id());
            assertThat(row.get("amount").get("amount").asText()).isEqualTo(cents(t.amount()));
            assertThat(row.get("amount").get("currency").asText()).isEqualTo(t.amount().currency());
            assertThat(row.get("category").asText()).isEqualTo(category.name());
        }
        BigDecimal max = all.getFirst().amount().amount();
        JsonNode bounded = run("search_transactions", "{\"category\":\"" + category.name() + "\",\"min_amount\":\"" + max.toPlainString()
                + "\",\"max_amount\":\"" + max.toPlainString() + "\"}");
        assertThat(bounded.get("transactions")).allSatisfy(r -> assertThat(new BigDecimal(r.get("amount").get("amount").asText()))
                .isEqualByComparingTo(max.setScale(2, RoundingMode.HALF_UP)));
        assertThat(run("search_transactions", "{\"page_size\":500}").get("error").asText())
                .contains("page_size").contains("between 1 and 50");
    }

    @Test
    void priceHistoryIndicatorsEqualTheCoreKernels() throws Exception {
        Instrument instrument = new InstrumentRepository(dsl).all().stream()
                .filter(i -> new BarRepository(dsl).count(i.id(), Timeframe.D1) > 100).findFirst().orElseThrow();
        LocalDate to = LocalDate.of(2026, 10, 30);
        JsonNode result = run("price_history", "{\"symbol\":\"" + instrument.symbol() + "\",\"from\":\"2026-07-01\",\"to\":\"2026-10-30\"}");

        BarSeries bars = new BarRepository(dsl).load(instrument.id(), Timeframe.D1, Long.MIN_VALUE,
                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        double[] close = java.util.Arrays.copyOf(bars.closes(), bars.size());
        int last = bars.size() - 1;
        JsonNode indicators = result.get("indicators_at_last_bar");
        assertThat(indicators.get("sma_20").asText()).isEqualTo(price(Sma.compute(close, 20)[last]));
        assertThat(indicators.get("sma_50").asText()).isEqualTo(price(Sma.compute(close, 50)[last]));
        assertThat(indicators.get("rsi_14").asText()).isEqualTo(price(Rsi.compute(close, 14)[last]));
        JsonNode closes = result.get("closes");
        assertThat(closes.size()).isBetween(1, 60);
        assertThat(closes.get(closes.size() - 1).get("close").asText()).isEqualTo(price(close[last]));
        assertThat(result.get("currency").asText()).isEqualTo(instrument.currency());
        assertThat(run("price_history", "{\"symbol\":\"NOPE\",\"from\":\"2026-01-01\",\"to\":\"2026-02-01\"}").get("error").asText())
                .isEqualTo("price_history: argument 'symbol' is not in the vault: 'NOPE'");
    }

    @Test
    void holdingsPerformanceEqualsTheCorePortfolioCalculations() throws Exception {
        var book = new PortfolioBookLoader(new PortfolioRepository(dsl), new AccountRepository(dsl), new TransactionRepository(dsl),
                new InstrumentRepository(dsl), new BarRepository(dsl), new FxRateRepository(dsl)).load();
        Portfolio p = book.portfolios().getFirst();
        LocalDate from = LocalDate.of(2026, 1, 2), to = LocalDate.of(2026, 10, 30);

        JsonNode result = run("holdings_performance", "{\"portfolio\":\"" + p.name() + "\",\"from\":\"2026-01-02\",\"to\":\"2026-10-30\"}");

        PnlSummary pnl = new ProfitAndLoss(book.ledger(), book.prices(), book.fx()).accounts(book.accountIdsOf(p.id()), to, p.baseCurrency());
        PerformanceReport report = new PerformanceCalculator(book.ledger(), book.prices(), book.fx())
                .report(PerformanceScope.accounts(book.accountIdsOf(p.id())), from, to, p.baseCurrency());
        assertThat(result.get("currency").asText()).isEqualTo(p.baseCurrency());
        assertThat(result.get("pnl_at_end").get("market_value").get("amount").asText()).isEqualTo(cents(pnl.marketValue()));
        assertThat(result.get("pnl_at_end").get("unrealized").get("amount").asText()).isEqualTo(cents(pnl.unrealized()));
        assertThat(result.get("pnl_at_end").get("total").get("currency").asText()).isEqualTo(p.baseCurrency());
        assertThat(result.get("performance").get("ttwror_percent").asText())
                .isEqualTo(BigDecimal.valueOf(report.ttwror() * 100).setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(result.get("performance").get("end_value").get("amount").asText())
                .isEqualTo(BigDecimal.valueOf(report.endValue()).setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(result.get("open_positions_now")).isNotEmpty();
        assertThat(run("holdings_performance", "{\"portfolio\":\"Nope\",\"from\":\"2026-01-02\",\"to\":\"2026-10-30\"}")
                .get("error").asText()).startsWith("holdings_performance: argument 'portfolio' names no portfolio; known: ");
    }

    @Test
    void watchlistsAlertsBudgetsAndGoalsAreListedAsStored() throws Exception {
        JsonNode lists = run("watchlists_and_alerts", "{}");
        assertThat(lists.get("watchlists")).hasSize(3);
        assertThat(lists.get("alerts")).hasSize(new AlertRepository(dsl).all().size());
        JsonNode plans = run("budgets_and_goals", "{}");
        assertThat(plans.get("budgets")).hasSize(new BudgetRepository(dsl).all().size());
        assertThat(plans.get("budgets")).allSatisfy(b -> assertThat(b.get("monthly_amount").has("currency")).isTrue());
        assertThat(plans.get("goals")).hasSize(3);
        assertThat(plans.get("goals")).allSatisfy(g -> assertThat(g.get("contributed").get("currency").asText()).isNotBlank());
    }

    @Test
    void proposalToolsDescribeTheChangeAndWriteNothing() throws Exception {
        int budgets = new BudgetRepository(dsl).all().size();
        int alerts = new AlertRepository(dsl).all().size();
        Category category = new CategoryRepository(dsl).all().getFirst();
        Instrument instrument = new InstrumentRepository(dsl).all().getFirst();

        ToolOutcome budget = tools.execute("create_budget", "{\"category\":\"" + category.name() + "\",\"monthly_amount\":250,\"currency\":\"eur\"}");
        ToolOutcome alert = tools.execute("add_alert", "{\"symbol\":\"" + instrument.symbol() + "\",\"condition\":\"PRICE_ABOVE\",\"threshold\":123.5}");

        assertThat(budget.proposal().kind()).isEqualTo("create_budget");
        assertThat(budget.proposal().summary()).isEqualTo("Budget 250.00 EUR a month for " + category.name() + " from 2026-11");
        assertThat(OpenAiMock.JSON.readTree(budget.proposal().changeJson()).get("category_id").asLong()).isEqualTo(category.id());
        assertThat(alert.proposal().kind()).isEqualTo("add_alert");
        assertThat(alert.json()).contains("nothing was saved");
        assertThat(new BudgetRepository(dsl).all()).hasSize(budgets);
        assertThat(new AlertRepository(dsl).all()).hasSize(alerts);
        assertThat(tools.execute("create_budget", "{\"category\":\"Nope\",\"monthly_amount\":1,\"currency\":\"EUR\"}").proposal()).isNull();
    }

    @Test
    void badArgumentsComeBackAsAnErrorTheModelCanRead() throws Exception {
        assertThat(run("spending_breakdown", "{\"from\":\"March\",\"to\":\"2026-10-31\",\"group_by\":\"category\"}").get("error").asText())
                .isEqualTo("spending_breakdown: argument 'from' must be a date like 2026-03-31, got 'March'");
        assertThat(run("no_such_tool", "{}").get("error").asText()).startsWith("Unknown tool 'no_such_tool'");
        assertThat(run("accounts_summary", "{not json").get("error").asText()).isEqualTo("accounts_summary: arguments are not valid JSON");
    }

    private static String price(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
