package dev.meridian.sync.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.domain.MessageRole;
import dev.meridian.core.repo.ConversationRepository;
import dev.meridian.sync.assistant.OpenAiMock.Call;
import dev.meridian.sync.assistant.provider.ProviderChain;
import dev.meridian.sync.assistant.provider.ProviderConfig;
import dev.meridian.sync.assistant.provider.ProviderKind;
import dev.meridian.sync.assistant.tools.ToolBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenAiToolLoopTest {

    static DemoVault vault;

    @StartStop final MockWebServer server = new MockWebServer();

    @BeforeAll static void openVault() { vault = DemoVault.shared(); }

    private Assistant assistant(boolean streaming) {
        ProviderConfig openAi = ProviderConfig.of(ProviderKind.OPENAI, "gpt-4o-mini")
                .withBaseUrl(server.url("/v1").toString()).withStreaming(streaming);
        return new Assistant(new ProviderChain(List.of(openAi), kind -> Optional.of("sk-test-key")),
                ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()), DemoVault.CLOCK);
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return OpenAiMock.JSON.readTree(r.getBody().utf8());
    }

    @Test
    void multiRoundConversationCallsTheRightToolsAndSendsTheirResultsBack() throws Exception {
        String spendingArgs = "{\"from\":\"2026-10-01\",\"to\":\"2026-10-31\",\"group_by\":\"category\"}";
        String searchArgs = "{\"from\":\"2026-10-01\",\"to\":\"2026-10-31\",\"page_size\":5}";
        server.enqueue(OpenAiMock.toolCalls(100, 20, new Call("call_a", "spending_breakdown", spendingArgs)));
        server.enqueue(OpenAiMock.toolCalls(300, 25, new Call("call_b", "search_transactions", searchArgs)));
        server.enqueue(OpenAiMock.text("You spent most on rent.", 500, 40));
        RecordingListener listener = new RecordingListener();

        Answer answer = assistant(false).ask(null, "Where did my money go in October?", listener, new Stop());

        assertThat(answer.text()).isEqualTo("You spent most on rent.");
        assertThat(answer.answeredBy()).isEqualTo("OpenAI gpt-4o-mini");
        assertThat(answer.skipped()).isEmpty();
        assertThat(answer.toolRounds()).isEqualTo(2);
        assertThat(answer.roundLimitReached()).isFalse();
        assertThat(answer.usage()).isEqualTo(new Usage(900, 85));
        assertThat(answer.cost().cost()).isNotNull();
        assertThat(listener.toolCalls).containsExactly("spending_breakdown " + spendingArgs, "search_transactions " + searchArgs);
        assertThat(listener.completed).containsExactly(answer);

        ToolBox direct = ToolBox.forVault(vault.dsl(), DemoVault.MONTH);
        String spendingJson = direct.execute("spending_breakdown", spendingArgs).json();
        String searchJson = direct.execute("search_transactions", searchArgs).json();
        assertThat(listener.toolResults).containsExactly(spendingJson, searchJson);

        JsonNode first = body(server.takeRequest());
        assertThat(first.get("model").asText()).isEqualTo("gpt-4o-mini");
        List<String> offered = new ArrayList<>();
        first.get("tools").forEach(t -> offered.add(t.get("function").get("name").asText()));
        assertThat(offered).contains("accounts_summary", "search_transactions", "spending_breakdown", "price_history",
                "watchlists_and_alerts", "budgets_and_goals", "holdings_performance", "create_budget", "add_alert");
        JsonNode second = body(server.takeRequest());
        JsonNode toolMessage = last(second.get("messages"));
        assertThat(toolMessage.get("role").asText()).isEqualTo("tool");
        assertThat(toolMessage.get("tool_call_id").asText()).isEqualTo("call_a");
        assertThat(toolMessage.get("content").asText()).isEqualTo(spendingJson);
        JsonNode third = body(server.takeRequest());
        assertThat(last(third.get("messages")).get("content").asText()).isEqualTo(searchJson);
        assertThat(third.get("messages").size()).isEqualTo(second.get("messages").size() + 2);

        List<ConversationMessage> stored = new ConversationRepository(vault.dsl()).messages(answer.conversationId());
        assertThat(stored).extracting(ConversationMessage::role).containsExactly(MessageRole.USER, MessageRole.ASSISTANT,
                MessageRole.TOOL, MessageRole.ASSISTANT, MessageRole.TOOL, MessageRole.ASSISTANT);
        assertThat(stored.get(1).toolName()).isEqualTo("spending_breakdown");
        assertThat(stored.get(1).toolArguments()).isEqualTo(spendingArgs);
        assertThat(stored.get(2).toolResult()).isEqualTo(spendingJson);
        assertThat(stored.get(5).content()).isEqualTo("You spent most on rent.");
        assertThat(stored.get(5).provider()).isEqualTo("OPENAI/gpt-4o-mini");
        assertThat(assistant(false).usage(answer.conversationId()).usage()).isEqualTo(new Usage(900, 85));
    }

    @Test
    void roundLimitHoldsAtFiveThenAsksForAnAnswerWithoutTools() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getBody().utf8().contains("\"tools\"")) {
                    return OpenAiMock.toolCalls(10, 5, new Call("call_" + calls.incrementAndGet(), "accounts_summary", "{}"));
                }
                return OpenAiMock.text("Partial answer.", 10, 5);
            }
        });

        Answer answer = assistant(false).ask(null, "Keep digging", new RecordingListener(), new Stop());

        assertThat(server.getRequestCount()).isEqualTo(ToolLoop.MAX_TOOL_ROUNDS + 1);
        assertThat(answer.toolRounds()).isEqualTo(5);
        assertThat(answer.roundLimitReached()).isTrue();
        assertThat(answer.text()).isEqualTo("Partial answer.");
        for (int i = 0; i < 5; i++) assertThat(body(server.takeRequest()).has("tools")).isTrue();
        JsonNode last = body(server.takeRequest());
        assertThat(last.has("tools")).isFalse();
        assertThat(last(last.get("messages")).get("content").asText()).isEqualTo(ToolLoop.ROUND_LIMIT_NOTE);
    }

    @Test
    void followUpQuestionReplaysTheStoredConversation() throws Exception {
        server.enqueue(OpenAiMock.toolCalls(10, 5, new Call("call_x", "accounts_summary", "{}")));
        server.enqueue(OpenAiMock.text("You have six accounts.", 10, 5));
        server.enqueue(OpenAiMock.text("The largest is the brokerage.", 10, 5));
        Assistant assistant = assistant(false);
        Answer first = assistant.ask(null, "How many accounts?", AssistantListener.NONE, new Stop());

        assistant.ask(first.conversationId(), "Which is largest?", AssistantListener.NONE, new Stop());

        server.takeRequest();
        server.takeRequest();
        JsonNode messages = body(server.takeRequest()).get("messages");
        List<String> roles = new ArrayList<>();
        messages.forEach(m -> roles.add(m.get("role").asText()));
        assertThat(roles).containsExactly("system", "user", "assistant", "tool", "assistant", "user");
        assertThat(messages.get(3).get("tool_call_id").asText()).isEqualTo(messages.get(2).get("tool_calls").get(0).get("id").asText());
        assertThat(messages.get(5).get("content").asText()).isEqualTo("Which is largest?");
    }

    @Test
    void streamingAssemblesToolCallDeltasAndTextTokens() throws Exception {
        String args = "{\"from\":\"2026-01-01\",\"to\":\"2026-10-31\",\"group_by\":\"month\"}";
        server.enqueue(OpenAiMock.streamedToolCall(new Call("call_s", "spending_breakdown", args), 40, 12));
        server.enqueue(OpenAiMock.streamedText(List.of("Spending ", "peaked ", "in **March**."), 80, 9));
        RecordingListener listener = new RecordingListener();

        Answer answer = assistant(true).ask(null, "When did I spend most?", listener, new Stop());

        assertThat(listener.toolCalls).containsExactly("spending_breakdown " + args);
        assertThat(listener.tokens.toString()).isEqualTo("Spending peaked in **March**.");
        assertThat(answer.text()).isEqualTo("Spending peaked in **March**.");
        assertThat(answer.usage()).isEqualTo(new Usage(120, 21));
        server.takeRequest();
        JsonNode second = body(server.takeRequest());
        assertThat(second.get("stream").asBoolean()).isTrue();
        assertThat(last(second.get("messages")).get("content").asText())
                .isEqualTo(ToolBox.forVault(vault.dsl(), DemoVault.MONTH).execute("spending_breakdown", args).json());
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
