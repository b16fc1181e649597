package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.PnlSummary;
import dev.meridian.core.portfolio.PortfolioBook;
import dev.meridian.core.portfolio.PortfolioBookLoader;
import dev.meridian.core.portfolio.Position;
import dev.meridian.core.portfolio.ProfitAndLoss;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import dev.meridian.core.portfolio.performance.XirrResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** holdings_performance: P&L at the period's end, TTWROR and IRR over the period, and open positions, for one or all portfolios. */
final class HoldingsPerformanceTool implements AssistantTool {

    private static final int MAX_POSITIONS = 30;

    private final PortfolioBookLoader books;

    HoldingsPerformanceTool(PortfolioBookLoader books) {
        this.books = books;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("holdings_performance")
                .description("Investment performance for a period: time-weighted return (TTWROR), money-weighted return (IRR, annual), "
                        + "absolute gain, P&L (cost, market value, realized, unrealized, income, charges) at the end date, and the open positions.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("portfolio", "portfolio name; omit for all portfolios together")
                        .addStringProperty("from", "first date, YYYY-MM-DD")
                        .addStringProperty("to", "last date, YYYY-MM-DD")
                        .addStringProperty("currency", "reporting currency; default the portfolio's base currency")
                        .required("from", "to")
                        .build())
                .build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        ToolArgs args = new ToolArgs("holdings_performance", arguments);
        LocalDate from = args.date("from");
        LocalDate to = args.date("to");
        if (from == null || to == null) throw args.bad(from == null ? "from" : "to", "is required");
        if (!from.isBefore(to)) throw args.bad("from", "must be before 'to'");
        PortfolioBook book = books.load();
        if (book.portfolios().isEmpty()) throw args.bad("portfolio", "cannot be chosen: the vault has no portfolios");
        Portfolio chosen = choose(args, book.portfolios());
        Set<Long> accountIds = chosen == null ? book.allAccountIds() : book.accountIdsOf(chosen.id());
        String currency = args.text("currency");
        currency = currency != null ? currency.toUpperCase(Locale.ROOT)
                : (chosen != null ? chosen : book.portfolios().getFirst()).baseCurrency();
        ObjectNode result = Json.object();
        result.put("portfolio", chosen == null ? "all portfolios" : chosen.name());
        result.put("currency", currency);
        result.put("from", from.toString());
        result.put("to", to.toString());
        if (accountIds.isEmpty()) {
            result.put("note", "no accounts in this portfolio");
            return ToolOutcome.of(Json.write(result));
        }
        ProfitAndLoss pnl = new ProfitAndLoss(book.ledger(), book.prices(), book.fx());
        result.set("pnl_at_end", pnl(pnl.accounts(accountIds, to, currency)));
        PerformanceReport report = new PerformanceCalculator(book.ledger(), book.prices(), book.fx())
                .report(PerformanceScope.accounts(accountIds), from, to, currency);
        result.set("performance", performance(report, currency));
        result.set("open_positions_now", positions(book, pnl, accountIds, to, currency));
        return ToolOutcome.of(Json.write(result));
    }

    private static Portfolio choose(ToolArgs args, List<Portfolio> portfolios) {
        String name = args.text("portfolio");
        if (name == null) return null;
        return portfolios.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> args.bad("portfolio", "names no portfolio; known: "
                        + String.join(", ", portfolios.stream().map(Portfolio::name).toList())));
    }

    private static ObjectNode pnl(PnlSummary s) {
        ObjectNode n = Json.object();
        n.set("cost", Json.money(s.cost()));
        n.set("market_value", Json.money(s.marketValue()));
        n.set("unrealized", Json.money(s.unrealized()));
        n.set("realized", Json.money(s.realized()));
        n.set("income", Json.money(s.income()));
        n.set("charges", Json.money(s.charges()));
        n.set("total", Json.money(s.total()));
        return n;
    }

    private static ObjectNode performance(PerformanceReport r, String currency) {
        ObjectNode n = Json.object();
        n.set("start_value", Json.money(money(r.startValue(), currency)));
        n.set("end_value", Json.money(money(r.endValue(), currency)));
        n.set("net_flows", Json.money(money(r.netFlows(), currency)));
        n.set("absolute_gain", Json.money(money(r.absoluteGain(), currency)));
        n.put("ttwror_percent", percent(r.ttwror()));
        n.put("ttwror_annualized_percent", percent(r.ttwrorAnnualized()));
        switch (r.irr()) {
            case XirrResult.Rate rate -> n.put("irr_annual_percent", percent(rate.rate()));
            case XirrResult.NoSolution none -> n.put("irr_unavailable", none.reason());
        }
        return n;
    }

    private static ArrayNode positions(PortfolioBook book, ProfitAndLoss pnl, Set<Long> accountIds, LocalDate asOf, String currency) {
        List<Position> open = book.ledger().positions().stream()
                .filter(p -> p.isOpen() && accountIds.contains(p.accountId())).toList();
        record Row(Position position, PnlSummary pnl) { }
        List<Row> rows = open.stream().map(p -> new Row(p, pnl.position(p, asOf, currency)))
                .sorted(Comparator.comparing((Row r) -> r.pnl().marketValue().amount()).reversed()).toList();
        ArrayNode out = Json.MAPPER.createArrayNode();
        rows.stream().limit(MAX_POSITIONS).forEach(r -> {
            ObjectNode n = out.addObject();
            n.put("symbol", book.prices().instrument(r.position().instrumentId()).symbol());
            n.put("quantity", r.position().quantity().stripTrailingZeros().toPlainString());
            n.set("market_value", Json.money(r.pnl().marketValue()));
            n.set("unrealized", Json.money(r.pnl().unrealized()));
        });
        return out;
    }

    private static Money money(double value, String currency) {
        return Money.of(BigDecimal.valueOf(value), currency);
    }

    private static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) return "n/a";
        return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
