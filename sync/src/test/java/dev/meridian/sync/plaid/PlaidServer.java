package dev.meridian.sync.plaid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for Plaid: responses are queued per endpoint path and served in order (an
 * endpoint with nothing queued answers 404), and every request is recorded with its JSON body.
 */
final class PlaidServer {

    record Call(String path, JsonNode body, String clientId, String secret) {
        String text(String field) {
            JsonNode v = body.get(field);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server;
    private final Map<String, Deque<MockResponse>> queues = new ConcurrentHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    PlaidServer(MockWebServer server) {
        this.server = server;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String body = request.getBody() == null ? "{}" : request.getBody().utf8();
                try {
                    calls.add(new Call(path, JSON.readTree(body), request.getHeaders().get("PLAID-CLIENT-ID"),
                            request.getHeaders().get("PLAID-SECRET")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Deque<MockResponse> queue = queues.get(path);
                MockResponse next = queue == null ? null : queue.pollFirst();
                return next != null ? next : new MockResponse.Builder().code(404).body("{}").build();
            }
        });
    }

    String url() {
        return server.url("/").toString();
    }

    /** Queues a 200 answer with the named fixture from resources/plaid, after applying text replacements (from, to, ...). */
    PlaidServer ok(String path, String fixture, String... replacements) {
        return answer(path, 200, fixture, replacements);
    }

    PlaidServer answer(String path, int code, String fixture, String... replacements) {
        String body = fixture(fixture);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            if (!body.contains(replacements[i])) throw new IllegalArgumentException(fixture + " has no '" + replacements[i] + "'");
            body = body.replace(replacements[i], replacements[i + 1]);
        }
        queues.computeIfAbsent(path, p -> new ArrayDeque<>())
                .addLast(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
        return this;
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    static String fixture(String name) {
        try (InputStream in = PlaidServer.class.getResourceAsStream("/plaid/" + name)) {
            if (in == null) throw new IllegalArgumentException("No fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
