package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Category;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.CategoryRepository;
import java.math.BigDecimal;
import java.time.YearMonth;

/** create_budget: proposes a monthly budget for a category; the app writes it only after the user confirms. */
final class ProposeBudgetTool implements AssistantTool {

    private final CategoryRepository categories;
    private final YearMonth currentMonth;

    ProposeBudgetTool(CategoryRepository categories, YearMonth currentMonth) {
        this.categories = categories;
        this.currentMonth = currentMonth;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("create_budget")
                .description("Proposes a monthly budget for a category. Nothing is saved: the user confirms it in the app.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("category", "category name, exact")
                        .addNumberProperty("monthly_amount", "positive monthly limit")
                        .addStringProperty("currency", "ISO currency code, e.g. EUR")
                        .addStringProperty("first_month", "YYYY-MM, default this month")
                        .required("category", "monthly_amount", "currency")
                        .build())
                .build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        ToolArgs args = new ToolArgs("create_budget", arguments);
        String name = args.requiredText("category");
        Category category = categories.findByName(name).orElseThrow(() -> args.bad("category", "names no category: '" + name + "'"));
        BigDecimal amount = args.decimal("monthly_amount");
        if (amount == null || amount.signum() <= 0) throw args.bad("monthly_amount", "must be a positive number");
        Money monthly = Money.of(amount, args.requiredText("currency").toUpperCase(java.util.Locale.ROOT));
        YearMonth first = args.month("first_month");
        if (first == null) first = currentMonth;
        ObjectNode change = Json.object();
        change.put("category_id", category.id());
        change.put("category", category.name());
        change.set("monthly_amount", Json.money(monthly));
        change.put("first_month", first.toString());
        String summary = "Budget " + monthly.rounded(2).amount().toPlainString() + " " + monthly.currency()
                + " a month for " + category.name() + " from " + first;
        ObjectNode result = Json.object();
        result.put("status", "proposed, waiting for the user's confirmation; nothing was saved");
        result.set("proposal", change);
        return new ToolOutcome(Json.write(result), new Proposal("create_budget", summary, Json.write(change)));
    }
}
