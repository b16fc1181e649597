package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.TransactionQuery;
import dev.meridian.core.repo.TransactionRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** spending_breakdown: money spent in a period grouped by category, merchant or month, per currency. */
final class SpendingTool implements AssistantTool {

    private static final List<String> GROUPS = List.of("category", "merchant", "month");
    private static final int MAX_GROUPS = 40;

    private final TransactionRepository transactions;
    private final CategoryRepository categories;

    SpendingTool(TransactionRepository transactions, CategoryRepository categories) {
        this.transactions = transactions;
        this.categories = categories;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("spending_breakdown")
                .description("Sums the user's spending (money out, excluding trades and transfers) in a period, grouped by category, merchant or month. Largest first.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("from", "first date, inclusive, YYYY-MM-DD")
                        .addStringProperty("to", "last date, inclusive, YYYY-MM-DD")
                        .addEnumProperty("group_by", GROUPS)
                        .required("from", "to", "group_by")
                        .build())
                .build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        ToolArgs args = new ToolArgs("spending_breakdown", arguments);
        String groupBy = args.requiredText("group_by");
        if (!GROUPS.contains(groupBy)) throw args.bad("group_by", "must be one of " + GROUPS + ", got '" + groupBy + "'");
        var from = args.date("from");
        var to = args.date("to");
        if (from == null || to == null) throw args.bad(from == null ? "from" : "to", "is required");
        if (from.isAfter(to)) throw args.bad("from", "is after 'to'");
        Map<Long, String> names = categories.all().stream().collect(Collectors.toMap(Category::id, Category::name));
        Function<Transaction, String> key = switch (groupBy) {
            case "category" -> t -> t.categoryId() == null ? "Uncategorised" : names.getOrDefault(t.categoryId(), "Uncategorised");
            case "merchant" -> t -> t.payee() == null || t.payee().isBlank() ? "(no payee)" : t.payee();
            default -> t -> t.date().toString().substring(0, 7);
        };
        Map<String, Money> totals = new LinkedHashMap<>();
        for (Transaction t : transactions.query(TransactionQuery.all().withDates(from, to))) {
            if (!Spending.isSpending(t)) continue;
            totals.merge(key.apply(t) + "\u0000" + t.amount().currency(), t.amount().negate(), Money::plus);
        }
        ObjectNode result = Json.object();
        result.put("from", from.toString());
        result.put("to", to.toString());
        result.put("group_by", groupBy);
        ArrayNode rows = result.putArray("groups");
        Comparator<Map.Entry<String, Money>> order = groupBy.equals("month")
                ? Map.Entry.comparingByKey()
                : Comparator.comparing((Map.Entry<String, Money> e) -> e.getValue().amount()).reversed();
        List<Map.Entry<String, Money>> sorted = totals.entrySet().stream().sorted(order).toList();
        sorted.stream().limit(MAX_GROUPS).forEach(e -> {
            ObjectNode row = rows.addObject();
            row.put(groupBy, e.getKey().substring(0, e.getKey().indexOf('\u0000')));
            row.set("spent", Json.money(e.getValue()));
        });
        if (sorted.size() > MAX_GROUPS) result.put("groups_left_out", sorted.size() - MAX_GROUPS);
        return ToolOutcome.of(Json.write(result));
    }
}
