package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.repo.CategoryRepository;
import dev.meridian.core.repo.TransactionQuery;
import dev.meridian.core.repo.TransactionRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** search_transactions: filtered, newest first, paged; at most {@value #MAX_PAGE_SIZE} rows per call. */
final class TransactionsTool implements AssistantTool {

    static final int MAX_PAGE_SIZE = 50;

    private final TransactionRepository transactions;
    private final CategoryRepository categories;

    TransactionsTool(TransactionRepository transactions, CategoryRepository categories) {
        this.transactions = transactions;
        this.categories = categories;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("search_transactions")
                .description("Searches the user's transactions, newest first. Amounts are signed: negative is money out.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("from", "first date, inclusive, YYYY-MM-DD")
                        .addStringProperty("to", "last date, inclusive, YYYY-MM-DD")
                        .addStringProperty("category", "category name, exact")
                        .addStringProperty("text", "text in payee, description or notes (merchant name)")
                        .addNumberProperty("min_amount", "smallest signed amount")
                        .addNumberProperty("max_amount", "largest signed amount")
                        .addIntegerProperty("page", "page number from 1")
                        .addIntegerProperty("page_size", "rows per page, at most " + MAX_PAGE_SIZE)
                        .build())
                .build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        ToolArgs args = new ToolArgs("search_transactions", arguments);
        Map<Long, String> categoryNames = categories.all().stream().collect(Collectors.toMap(Category::id, Category::name));
        Long categoryId = categoryId(args, categoryNames);
        BigDecimal min = args.decimal("min_amount");
        BigDecimal max = args.decimal("max_amount");
        int page = args.integer("page", 1, 1, 10_000);
        int size = args.integer("page_size", 20, 1, MAX_PAGE_SIZE);
        List<Transaction> matches = transactions.query(new TransactionQuery(null, args.date("from"), args.date("to"),
                        categoryId, args.text("text"), null)).stream()
                .filter(t -> min == null || t.amount().amount().compareTo(min) >= 0)
                .filter(t -> max == null || t.amount().amount().compareTo(max) <= 0)
                .toList();
        ObjectNode result = Json.object();
        result.put("total_matches", matches.size());
        result.put("page", page);
        result.put("page_size", size);
        ArrayNode rows = result.putArray("transactions");
        matches.stream().skip((long) (page - 1) * size).limit(size).forEach(t -> {
            ObjectNode row = rows.addObject();
            row.put("id", t.id());
            row.put("date", t.date().toString());
            row.put("type", t.type().name());
            if (t.payee() != null) row.put("payee", t.payee());
            if (t.description() != null) row.put("description", t.description());
            if (t.categoryId() != null) row.put("category", categoryNames.get(t.categoryId()));
            row.put("account_id", t.accountId());
            row.set("amount", Json.money(t.amount()));
        });
        return ToolOutcome.of(Json.write(result));
    }

    private static Long categoryId(ToolArgs args, Map<Long, String> names) {
        String name = args.text("category");
        if (name == null) return null;
        Map<String, Long> byName = names.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getValue().toLowerCase(java.util.Locale.ROOT), Map.Entry::getKey, (a, b) -> a));
        Long id = byName.get(name.toLowerCase(java.util.Locale.ROOT));
        if (id == null) throw args.bad("category", "names no category; known: " + String.join(", ", names.values().stream().sorted().map(Function.identity()).toList()));
        return id;
    }
}
