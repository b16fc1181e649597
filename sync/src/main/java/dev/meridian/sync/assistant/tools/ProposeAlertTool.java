package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.repo.InstrumentRepository;
import java.math.BigDecimal;
import java.util.List;

/** add_alert: proposes a price alert; the app writes it only after the user confirms. */
final class ProposeAlertTool implements AssistantTool {

    private static final List<String> CONDITIONS = List.of("PRICE_ABOVE", "PRICE_BELOW");

    private final InstrumentRepository instruments;

    ProposeAlertTool(InstrumentRepository instruments) {
        this.instruments = instruments;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("add_alert")
                .description("Proposes a price alert on a symbol. Nothing is saved: the user confirms it in the app.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("symbol", "ticker symbol as stored")
                        .addEnumProperty("condition", CONDITIONS)
                        .addNumberProperty("threshold", "price in the instrument's currency")
                        .required("symbol", "condition", "threshold")
                        .build())
                .build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        ToolArgs args = new ToolArgs("add_alert", arguments);
        String symbol = args.requiredText("symbol");
        Instrument instrument = instruments.findBySymbol(symbol).orElseThrow(() -> args.bad("symbol", "is not in the vault: '" + symbol + "'"));
        String condition = args.requiredText("condition");
        if (!CONDITIONS.contains(condition)) throw args.bad("condition", "must be one of " + CONDITIONS + ", got '" + condition + "'");
        BigDecimal threshold = args.decimal("threshold");
        if (threshold == null || threshold.signum() <= 0) throw args.bad("threshold", "must be a positive price");
        ObjectNode change = Json.object();
        change.put("instrument_id", instrument.id());
        change.put("symbol", instrument.symbol());
        change.put("condition", condition);
        change.put("threshold", threshold.toPlainString());
        change.put("currency", instrument.currency());
        String summary = "Alert when " + instrument.symbol() + (condition.equals("PRICE_ABOVE") ? " rises above " : " falls below ")
                + threshold.toPlainString() + " " + instrument.currency();
        ObjectNode result = Json.object();
        result.put("status", "proposed, waiting for the user's confirmation; nothing was saved");
        result.set("proposal", change);
        return new ToolOutcome(Json.write(result), new Proposal("add_alert", summary, Json.write(change)));
    }
}
