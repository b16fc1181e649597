package dev.meridian.sync.assistant.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.core.money.Money;

/** The JSON conventions of tool results: every amount carries its currency, decimals as strings. */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() { }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {"amount":"12.34","currency":"EUR"}, amount rounded to cents. */
    public static ObjectNode money(Money m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("amount", m.rounded(2).amount().toPlainString());
        n.put("currency", m.currency());
        return n;
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Tool result is not serialisable", e);
        }
    }
}
