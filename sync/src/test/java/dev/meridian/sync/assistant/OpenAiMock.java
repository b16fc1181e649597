package dev.meridian.sync.assistant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;

/** Responses of an OpenAI-compatible /v1/chat/completions, plain JSON and SSE streams with tool_calls deltas. */
final class OpenAiMock {

    static final ObjectMapper JSON = new ObjectMapper();

    record Call(String id, String name, String arguments) { }

    private OpenAiMock() { }

    static MockResponse toolCalls(int promptTokens, int completionTokens, Call... calls) {
        ObjectNode message = JSON.createObjectNode();
        message.put("role", "assistant");
        message.putNull("content");
        ArrayNode tc = message.putArray("tool_calls");
        for (Call c : calls) {
            ObjectNode n = tc.addObject();
            n.put("id", c.id());
            n.put("type", "function");
            n.putObject("function").put("name", c.name()).put("arguments", c.arguments());
        }
        return completion(message, "tool_calls", promptTokens, completionTokens);
    }

    static MockResponse text(String text, int promptTokens, int completionTokens) {
        ObjectNode message = JSON.createObjectNode();
        message.put("role", "assistant");
        message.put("content", text);
        return completion(message, "stop", promptTokens, completionTokens);
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"mock " + code + "\",\"type\":\"mock\"}}").build();
    }

    static MockResponse slow(int seconds) {
        return new MockResponse.Builder().headersDelay(seconds, TimeUnit.SECONDS).code(200)
                .setHeader("Content-Type", "application/json").body("{}").build();
    }

    private static MockResponse completion(ObjectNode message, String finish, int prompt, int completion) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1");
        root.put("object", "chat.completion");
        root.put("created", 1_700_000_000);
        root.put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finish);
        root.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion).put("total_tokens", prompt + completion);
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(root.toString()).build();
    }

    /** An SSE stream whose tool call's arguments arrive split over several deltas. */
    static MockResponse streamedToolCall(Call call, int prompt, int completion) {
        List<String> events = new ArrayList<>();
        events.add(chunk("{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"" + call.id()
                + "\",\"type\":\"function\",\"function\":{\"name\":\"" + call.name() + "\",\"arguments\":\"\"}}]}", null));
        String args = call.arguments();
        int third = Math.max(1, args.length() / 3);
        for (int i = 0; i < args.length(); i += third) {
            String part = args.substring(i, Math.min(args.length(), i + third));
            events.add(chunk("{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":" + quote(part) + "}}]}", null));
        }
        events.add(chunk("{}", "tool_calls"));
        events.add(usage(prompt, completion));
        return sse(events);
    }

    static MockResponse streamedText(List<String> pieces, int prompt, int completion) {
        List<String> events = new ArrayList<>();
        events.add(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        for (String p : pieces) events.add(chunk("{\"content\":" + quote(p) + "}", null));
        events.add(chunk("{}", "stop"));
        events.add(usage(prompt, completion));
        return sse(events);
    }

    private static String chunk(String delta, String finish) {
        return "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"") + "}]}";
    }

    private static String usage(int prompt, int completion) {
        return "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"gpt-4o-mini\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion + ",\"total_tokens\":" + (prompt + completion) + "}}";
    }

    private static MockResponse sse(List<String> events) {
        StringBuilder body = new StringBuilder();
        events.forEach(e -> body.append("data: ").append(e).append("\n\n"));
        body.append("data: [DONE]\n\n");
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/event-stream").body(body.toString()).build();
    }

    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
