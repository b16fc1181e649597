package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Watchlist;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.WatchlistRepository;
import java.util.Map;
import java.util.stream.Collectors;

/** watchlists_and_alerts: the user's watchlists with their symbols, and price/indicator alerts. */
final class WatchlistsTool implements AssistantTool {

    private final WatchlistRepository watchlists;
    private final AlertRepository alerts;
    private final InstrumentRepository instruments;

    WatchlistsTool(WatchlistRepository watchlists, AlertRepository alerts, InstrumentRepository instruments) {
        this.watchlists = watchlists;
        this.alerts = alerts;
        this.instruments = instruments;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("watchlists_and_alerts")
                .description("Lists the user's watchlists with their symbols, and all price and indicator alerts.")
                .parameters(JsonObjectSchema.builder().build()).build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        Map<Long, String> symbols = instruments.all().stream().collect(Collectors.toMap(Instrument::id, Instrument::symbol));
        ObjectNode result = Json.object();
        ArrayNode lists = result.putArray("watchlists");
        for (Watchlist w : watchlists.all()) {
            ObjectNode row = lists.addObject();
            row.put("name", w.name());
            ArrayNode s = row.putArray("symbols");
            w.instrumentIds().forEach(id -> s.add(symbols.getOrDefault(id, "#" + id)));
        }
        ArrayNode alertRows = result.putArray("alerts");
        for (Alert a : alerts.all()) {
            ObjectNode row = alertRows.addObject();
            row.put("id", a.id());
            row.put("symbol", symbols.getOrDefault(a.instrumentId(), "#" + a.instrumentId()));
            row.put("condition", a.condition().name());
            if (a.threshold() != null) row.put("threshold", a.threshold().toPlainString());
            if (a.parameters() != null) row.put("parameters", a.parameters());
            row.put("active", a.active());
            if (a.lastTriggeredAt() != null) row.put("last_triggered_at", a.lastTriggeredAt().toString());
        }
        return ToolOutcome.of(Json.write(result));
    }
}
