package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.meridian.core.portfolio.PortfolioBookLoader;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.FxRateRepository;
import dev.meridian.core.repo.GoalRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.PortfolioRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.repo.WatchlistRepository;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The tools offered to the model, by name. Errors become a JSON error result the model can read and correct. */
public final class ToolBox {

    private final Map<String, AssistantTool> tools = new LinkedHashMap<>();

    public ToolBox(List<AssistantTool> tools) {
        tools.forEach(t -> this.tools.put(t.name(), t));
    }

    /** The vault's read-only tools plus the two proposal tools. */
    public static ToolBox forVault(DSLContext dsl, YearMonth currentMonth) {
        var categories = new CategoryRepository(dsl);
        var transactions = new TransactionRepository(dsl);
        var instruments = new InstrumentRepository(dsl);
        return new ToolBox(List.of(
                new AccountsTool(new AccountRepository(dsl)),
                new TransactionsTool(transactions, categories),
                new SpendingTool(transactions, categories),
                new PriceHistoryTool(instruments, new BarRepository(dsl)),
                new HoldingsPerformanceTool(new PortfolioBookLoader(new PortfolioRepository(dsl), new AccountRepository(dsl),
                        transactions, instruments, new BarRepository(dsl), new FxRateRepository(dsl))),
                new WatchlistsTool(new WatchlistRepository(dsl), new AlertRepository(dsl), instruments),
                new BudgetsGoalsTool(new BudgetRepository(dsl), new GoalRepository(dsl), categories),
                new ProposeBudgetTool(categories, currentMonth),
                new ProposeAlertTool(instruments)));
    }

    public List<ToolSpecification> specifications() {
        return tools.values().stream().map(AssistantTool::specification).toList();
    }

    public ToolOutcome execute(String name, String argumentsJson) {
        AssistantTool tool = tools.get(name);
        if (tool == null) return error("Unknown tool '" + name + "'; available: " + String.join(", ", tools.keySet()));
        JsonNode args;
        try {
            args = argumentsJson == null || argumentsJson.isBlank() ? Json.object() : Json.MAPPER.readTree(argumentsJson);
        } catch (JsonProcessingException e) {
            return error(name + ": arguments are not valid JSON");
        }
        try {
            return tool.run(args);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
    }

    private static ToolOutcome error(String message) {
        ObjectNode n = Json.object();
        n.put("error", message);
        return ToolOutcome.of(Json.write(n));
    }
}
