package dev.meridian.sync.market.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses a reply body as JSON; a truncated or non-JSON body becomes BAD_RESPONSE naming what was expected. */
public final class JsonBody {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBody() {
    }

    public static JsonNode parse(HttpReply reply, String expectation) {
        try {
            JsonNode node = MAPPER.readTree(reply.body());
            if (node == null || node.isMissingNode()) throw reply.badBody(expectation + "; the body was empty", null);
            return node;
        } catch (JsonProcessingException e) {
            throw reply.badBody(expectation + "; the JSON is malformed or cut off at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
    }

    /** Parses without a reply (e.g. a WebSocket frame); null when the text is not JSON. */
    public static JsonNode parseOrNull(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A number that may be JSON-typed or string-typed ("168.1800"); NaN when absent, null or unparseable. */
    public static double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return Double.NaN;
        if (node.isNumber()) return node.doubleValue();
        try {
            return Double.parseDouble(node.asText().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
