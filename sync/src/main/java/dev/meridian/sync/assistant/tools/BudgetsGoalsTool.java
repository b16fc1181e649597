package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Goal;
import dev.meridian.core.domain.GoalContribution;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.BudgetRepository;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.GoalRepository;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * budgets_and_goals: budgets and goals as stored, goals with the sum of their contributions.
 * Progress analytics belong to the money-coach services; this reads the repositories directly.
 */
final class BudgetsGoalsTool implements AssistantTool {

    private final BudgetRepository budgets;
    private final GoalRepository goals;
    private final CategoryRepository categories;

    BudgetsGoalsTool(BudgetRepository budgets, GoalRepository goals, CategoryRepository categories) {
        this.budgets = budgets;
        this.goals = goals;
        this.categories = categories;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("budgets_and_goals")
                .description("Lists the user's monthly category budgets and savings goals with contributions so far.")
                .parameters(JsonObjectSchema.builder().build()).build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        Map<Long, String> names = categories.all().stream().collect(Collectors.toMap(Category::id, Category::name));
        ObjectNode result = Json.object();
        ArrayNode budgetRows = result.putArray("budgets");
        for (Budget b : budgets.all()) {
            ObjectNode row = budgetRows.addObject();
            row.put("category", names.getOrDefault(b.categoryId(), "#" + b.categoryId()));
            row.set("monthly_amount", Json.money(b.monthlyAmount()));
            row.put("first_month", b.firstMonth().toString());
            if (b.lastMonth() != null) row.put("last_month", b.lastMonth().toString());
            row.put("rollover", b.rollover());
        }
        ArrayNode goalRows = result.putArray("goals");
        for (Goal g : goals.all()) {
            Money saved = goals.contributions(g.id()).stream().map(GoalContribution::amount)
                    .reduce(Money.zero(g.target().currency()), Money::plus);
            ObjectNode row = goalRows.addObject();
            row.put("name", g.name());
            row.set("target", Json.money(g.target()));
            row.set("contributed", Json.money(saved));
            if (g.targetDate() != null) row.put("target_date", g.targetDate().toString());
        }
        return ToolOutcome.of(Json.write(result));
    }
}
