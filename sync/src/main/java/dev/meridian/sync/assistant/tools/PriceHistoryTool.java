package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.indicators.Rsi;
import dev.meridian.core.indicators.Sma;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.InstrumentRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** price_history: daily closes of a symbol in a period (at most 60, evenly thinned) and SMA/RSI at the last bar. */
final class PriceHistoryTool implements AssistantTool {

    private static final int MAX_POINTS = 60;

    private final InstrumentRepository instruments;
    private final BarRepository bars;

    PriceHistoryTool(InstrumentRepository instruments, BarRepository bars) {
        this.instruments = instruments;
        this.bars = bars;
    }

    @Override
    public ToolSpecification specification() {
        return ToolSpecification.builder().name("price_history")
                .description("Daily closing prices of a symbol between two dates (at most " + MAX_POINTS
                        + " points) with SMA(20), SMA(50) and RSI(14) at the last bar of the period.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("symbol", "ticker symbol as stored, e.g. AAPL")
                        .addStringProperty("from", "first date, inclusive, YYYY-MM-DD")
                        .addStringProperty("to", "last date, inclusive, YYYY-MM-DD")
                        .required("symbol", "from", "to")
                        .build())
                .build();
    }

    @Override
    public ToolOutcome run(JsonNode arguments) {
        ToolArgs args = new ToolArgs("price_history", arguments);
        String symbol = args.requiredText("symbol");
        Instrument instrument = instruments.findBySymbol(symbol)
                .orElseThrow(() -> args.bad("symbol", "is not in the vault: '" + symbol + "'"));
        LocalDate from = args.date("from");
        LocalDate to = args.date("to");
        if (from == null || to == null) throw args.bad(from == null ? "from" : "to", "is required");
        // Indicators need the bars before the period too, so load everything up to its end.
        BarSeries series = bars.load(instrument.id(), Timeframe.D1, Long.MIN_VALUE, millis(to.plusDays(1)));
        int first = series.indexAtOrAfter(millis(from));
        ObjectNode result = Json.object();
        result.put("symbol", instrument.symbol());
        result.put("currency", instrument.currency());
        int n = series.size() - first;
        result.put("bars_in_period", Math.max(n, 0));
        ArrayNode closes = result.putArray("closes");
        if (n <= 0) return ToolOutcome.of(Json.write(result));
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        for (int i = series.size() - 1; i >= first; i -= step) {
            ObjectNode p = Json.object();
            p.put("date", Instant.ofEpochMilli(series.time(i)).atZone(ZoneOffset.UTC).toLocalDate().toString());
            p.put("close", price(series.close(i)));
            closes.insert(0, p);
        }
        int last = series.size() - 1;
        double[] close = java.util.Arrays.copyOf(series.closes(), series.size());
        ObjectNode indicators = result.putObject("indicators_at_last_bar");
        putIfDefined(indicators, "sma_20", Sma.compute(close, 20)[last]);
        putIfDefined(indicators, "sma_50", Sma.compute(close, 50)[last]);
        putIfDefined(indicators, "rsi_14", Rsi.compute(close, 14)[last]);
        return ToolOutcome.of(Json.write(result));
    }

    static String price(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void putIfDefined(ObjectNode node, String name, double value) {
        if (!Double.isNaN(value)) node.put(name, price(value));
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
