package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Account;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import java.util.Map;
import java.util.TreeMap;

/** accounts_summary: open accounts with balances, and net worth per currency (no FX conversion). */
final class AccountsTool implements AssistantTool {

    private final AccountRepository accounts;

    AccountsTool(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("accounts_summary")
                .description("Lists the user's open accounts with their current cash balances and the net worth per currency.")
                .parameters(JsonObjectSchema.builder().build()).build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        Map<Long, Money> balances = accounts.balances();
        Map<String, Money> netWorth = new TreeMap<>();
        ObjectNode result = Json.object();
        ArrayNode rows = result.putArray("accounts");
        for (Account a : accounts.all()) {
            if (a.archived()) continue;
            Money balance = balances.getOrDefault(a.id(), Money.zero(a.currency()));
            netWorth.merge(balance.currency(), balance, Money::plus);
            ObjectNode row = rows.addObject();
            row.put("id", a.id());
            row.put("name", a.name());
            row.put("type", a.type().name());
            if (a.institution() != null) row.put("institution", a.institution());
            row.set("balance", Json.money(balance));
        }
        ArrayNode total = result.putArray("net_worth_by_currency");
        netWorth.values().forEach(m -> total.add(Json.money(m)));
        result.put("note", "Cash balances only; securities are valued by holdings_performance. Currencies are not converted.");
        return ToolOutcome.of(Json.write(result));
    }
}
