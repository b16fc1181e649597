package dev.meridian.sync.assistant;

import java.util.List;
import mockwebserver3.MockResponse;

/** Responses of Anthropic's /v1/messages: tool_use content blocks, plain and as an SSE event stream. */
final class AnthropicMock {

    private AnthropicMock() { }

    static MockResponse toolUse(String id, String name, String inputJson, int in, int out) {
        String body = "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\","
                + "\"content\":[{\"type\":\"text\",\"text\":\"Let me look.\"},{\"type\":\"tool_use\",\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"input\":" + inputJson + "}],\"stop_reason\":\"tool_use\",\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + in + ",\"output_tokens\":" + out + "}}";
        return json(body);
    }

    static MockResponse text(String text, int in, int out) {
        String body = "{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-sonnet-4-5\","
                + "\"content\":[{\"type\":\"text\",\"text\":" + OpenAiMock.quote(text) + "}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + in + ",\"output_tokens\":" + out + "}}";
        return json(body);
    }

    static MockResponse streamedToolUse(String id, String name, List<String> inputParts, int in, int out) {
        StringBuilder b = new StringBuilder();
        start(b, in);
        event(b, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\""
                + id + "\",\"name\":\"" + name + "\",\"input\":{}}}");
        for (String part : inputParts) {
            event(b, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":"
                    + OpenAiMock.quote(part) + "}}");
        }
        event(b, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        stop(b, "tool_use", out);
        return sse(b);
    }

    static MockResponse streamedText(List<String> pieces, int in, int out) {
        StringBuilder b = new StringBuilder();
        start(b, in);
        event(b, "content_block_start", "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
        for (String p : pieces) {
            event(b, "content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":"
                    + OpenAiMock.quote(p) + "}}");
        }
        event(b, "content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}");
        stop(b, "end_turn", out);
        return sse(b);
    }

    private static void start(StringBuilder b, int in) {
        event(b, "message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_s\",\"type\":\"message\",\"role\":\"assistant\","
                + "\"model\":\"claude-sonnet-4-5\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + in + ",\"output_tokens\":1}}}");
    }

    private static void stop(StringBuilder b, String reason, int out) {
        event(b, "message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"" + reason + "\",\"stop_sequence\":null},"
                + "\"usage\":{\"output_tokens\":" + out + "}}");
        event(b, "message_stop", "{\"type\":\"message_stop\"}");
    }

    private static void event(StringBuilder b, String type, String data) {
        b.append("event: ").append(type).append('\n').append("data: ").append(data).append("\n\n");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse sse(StringBuilder b) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream").body(b.toString()).build();
    }
}
