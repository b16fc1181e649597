package dev.meridian.sync.market.alphavantage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.sync.market.ProviderException;
import dev.meridian.sync.market.ProviderException.Kind;
import dev.meridian.sync.market.http.HttpReply;
import dev.meridian.sync.market.http.JsonBody;
import dev.meridian.sync.market.http.Redactor;
import java.time.Duration;
import java.util.Locale;

/**
 * Alpha Vantage answers almost everything with HTTP 200: throttling is a body with a "Note" or
 * "Information" text, a bad symbol or call an "Error Message". This turns those bodies into
 * classified failures; the vendor's own text is kept (with the key masked: it echoes it).
 */
final class AlphaVantageReplies {

    private AlphaVantageReplies() {
    }

    static JsonNode parse(HttpReply reply, Redactor redactor, String expectation) {
        JsonNode root = JsonBody.parse(reply.requireSuccess(), expectation);
        String error = root.path("Error Message").asText("");
        if (!error.isEmpty()) throw errorMessage(reply, redactor.text(error));
        String note = root.path("Note").asText(root.path("Information").asText(""));
        if (!note.isEmpty()) throw throttleOrPlan(reply, redactor.text(note));
        return root;
    }

    private static ProviderException errorMessage(HttpReply reply, String text) {
        if (text.toLowerCase(Locale.ROOT).contains("apikey")) {
            return reply.fail(Kind.UNAUTHORIZED, "Alpha Vantage rejected the API key: enter a valid key for Alpha Vantage in Connections"
                    + " (a free one is at alphavantage.co/support). Alpha Vantage said: " + text);
        }
        return reply.fail(Kind.NOT_FOUND, "Alpha Vantage has no data for this request; check the symbol (e.g. IBM, TSCO.LON)."
                + " Alpha Vantage said: " + text);
    }

    private static ProviderException throttleOrPlan(HttpReply reply, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("premium") && !lower.contains("rate limit") && !lower.contains("call frequency")) {
            return reply.fail(Kind.UNAUTHORIZED, "This Alpha Vantage request needs a premium plan; use another provider for it."
                    + " Alpha Vantage said: " + text);
        }
        // The old note names both budgets ("5 calls per minute and 500 calls per day"): the minute one is what bites.
        boolean daily = !lower.contains("per minute") && (lower.contains("per day") || lower.contains("daily"));
        Duration wait = daily ? null : Duration.ofMinutes(1);
        return new ProviderException(reply.provider(), Kind.RATE_LIMITED,
                "Alpha Vantage is throttling this key" + (daily ? " for today" : " for a minute")
                        + "; the next provider is used meanwhile. Alpha Vantage said: " + text, wait, null);
    }
}
