package dev.meridian.sync.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.repo.ConversationRepository;
import dev.meridian.sync.assistant.provider.ProviderChain;
import dev.meridian.sync.assistant.provider.ProviderConfig;
import dev.meridian.sync.assistant.provider.ProviderKind;
import dev.meridian.sync.assistant.tools.ToolBox;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnthropicToolLoopTest {

    static DemoVault vault;

    @StartStop final MockWebServer server = new MockWebServer();

    @BeforeAll static void openVault() { vault = DemoVault.shared(); }

    private Assistant assistant(boolean streaming) {
        ProviderConfig claude = ProviderConfig.of(ProviderKind.ANTHROPIC, "claude-sonnet-4-5")
                .withBaseUrl(server.url("/v1/").toString()).withStreaming(streaming);
        return new Assistant(new ProviderChain(List.of(claude), kind -> Optional.of("sk-ant-test")),
                ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()), DemoVault.CLOCK);
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return OpenAiMock.JSON.readTree(r.getBody().utf8());
    }

    @Test
    void toolUseBlocksRunTheToolAndTheResultGoesBackAsToolResult() throws Exception {
        server.enqueue(AnthropicMock.toolUse("toolu_1", "budgets_and_goals", "{}", 200, 30));
        server.enqueue(AnthropicMock.text("You have 3 goals.", 400, 20));
        RecordingListener listener = new RecordingListener();

        Answer answer = assistant(false).ask(null, "How are my goals?", listener, new Stop());

        assertThat(answer.text()).isEqualTo("You have 3 goals.");
        assertThat(answer.answeredBy()).isEqualTo("Anthropic claude-sonnet-4-5");
        assertThat(answer.usage()).isEqualTo(new Usage(600, 50));
        assertThat(listener.toolCalls).singleElement().asString().startsWith("budgets_and_goals {");
        RecordedRequest first = server.takeRequest();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/messages");
        assertThat(body(first).get("system").toString()).contains("analyst");
        JsonNode messages = body(server.takeRequest()).get("messages");
        JsonNode result = messages.get(messages.size() - 1).get("content").get(0);
        assertThat(result.get("type").asText()).isEqualTo("tool_result");
        assertThat(result.get("tool_use_id").asText()).isEqualTo("toolu_1");
        assertThat(result.get("content").asText())
                .isEqualTo(ToolBox.forVault(vault.dsl(), DemoVault.MONTH).execute("budgets_and_goals", "{}").json());
    }

    @Test
    void streamedToolUseAndTextAreAssembled() throws Exception {
        String args = "{\"text\":\"a\",\"page_size\":3}";
        server.enqueue(AnthropicMock.streamedToolUse("toolu_9", "search_transactions", List.of("{\"text\":", "\"a\",\"page", "_size\":3}"), 70, 15));
        server.enqueue(AnthropicMock.streamedText(List.of("Three ", "recent ", "payments."), 90, 6));
        RecordingListener listener = new RecordingListener();

        Answer answer = assistant(true).ask(null, "Show three payments", listener, new Stop());

        assertThat(listener.toolCalls).hasSize(1);
        String called = listener.toolCalls.getFirst();
        assertThat(called).startsWith("search_transactions ");
        assertThat(OpenAiMock.JSON.readTree(called.substring("search_transactions ".length()))).isEqualTo(OpenAiMock.JSON.readTree(args));
        assertThat(listener.tokens.toString()).isEqualTo("Three recent payments.");
        assertThat(answer.text()).isEqualTo("Three recent payments.");
        server.takeRequest();
        JsonNode messages = body(server.takeRequest()).get("messages");
        JsonNode result = messages.get(messages.size() - 1).get("content").get(0);
        assertThat(result.get("tool_use_id").asText()).isEqualTo("toolu_9");
        assertThat(OpenAiMock.JSON.readTree(result.get("content").asText()).get("transactions")).hasSize(3);
    }
}
