package dev.meridian.sync.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.repo.ConversationRepository;
import dev.meridian.sync.assistant.OpenAiMock.Call;
import dev.meridian.sync.assistant.provider.AllProvidersFailed;
import dev.meridian.sync.assistant.provider.ApiKeyLookup;
import dev.meridian.sync.assistant.provider.ProviderChain;
import dev.meridian.sync.assistant.provider.ProviderConfig;
import dev.meridian.sync.assistant.provider.ProviderError;
import dev.meridian.sync.assistant.provider.ProviderKind;
import dev.meridian.sync.assistant.provider.SkippedProvider;
import dev.meridian.sync.assistant.tools.ToolBox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FallbackChainTest {

    static DemoVault vault;

    @StartStop final MockWebServer openAi = new MockWebServer();
    @StartStop final MockWebServer anthropic = new MockWebServer();

    @BeforeAll static void openVault() { vault = DemoVault.shared(); }

    private ProviderConfig openAiConfig(Duration timeout) {
        return ProviderConfig.of(ProviderKind.OPENAI, "gpt-4o-mini").withBaseUrl(openAi.url("/v1").toString())
                .withStreaming(false).withTimeout(timeout);
    }

    private ProviderConfig anthropicConfig() {
        return ProviderConfig.of(ProviderKind.ANTHROPIC, "claude-sonnet-4-5").withBaseUrl(anthropic.url("/v1/").toString()).withStreaming(false);
    }

    private Assistant assistant(ApiKeyLookup keys) {
        return assistant(keys, Duration.ofSeconds(30));
    }

    private Assistant assistant(ApiKeyLookup keys, Duration openAiTimeout) {
        return new Assistant(new ProviderChain(List.of(openAiConfig(openAiTimeout), anthropicConfig()), keys),
                ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()), DemoVault.CLOCK);
    }

    private Assistant assistant() {
        return assistant(kind -> Optional.of("key-" + kind));
    }

    @Test
    void rateLimitedProviderHandsOverToTheNextAndTheAnswerSaysWhy() {
        openAi.enqueue(OpenAiMock.status(429));
        anthropic.enqueue(AnthropicMock.text("Answered by Claude.", 10, 5));

        Answer answer = assistant().ask(null, "Net worth?", AssistantListener.NONE, new Stop());

        assertThat(answer.answeredBy()).isEqualTo("Anthropic claude-sonnet-4-5");
        assertThat(answer.skipped()).containsExactly(new SkippedProvider("OpenAI gpt-4o-mini", "rate limited (429)"));
        assertThat(openAi.getRequestCount()).isEqualTo(1);
        assertThat(answer.text()).isEqualTo("Answered by Claude.");
    }

    @Test
    void serverErrorHandsOverToTheNext() {
        openAi.enqueue(OpenAiMock.status(500));
        anthropic.enqueue(AnthropicMock.text("Fine.", 10, 5));

        Answer answer = assistant().ask(null, "Net worth?", AssistantListener.NONE, new Stop());

        assertThat(answer.answeredBy()).isEqualTo("Anthropic claude-sonnet-4-5");
        assertThat(answer.skipped()).singleElement().extracting(SkippedProvider::reason).asString().startsWith("server error");
    }

    @Test
    void aFailingStreamHandsOverToTheNextProviderToo() {
        openAi.enqueue(OpenAiMock.status(502));
        anthropic.enqueue(AnthropicMock.streamedText(List.of("Streamed ", "by Claude."), 10, 5));
        ProviderChain chain = new ProviderChain(List.of(openAiConfig(Duration.ofSeconds(30)).withStreaming(true),
                anthropicConfig().withStreaming(true)), kind -> Optional.of("k"));
        RecordingListener listener = new RecordingListener();

        Answer answer = new Assistant(chain, ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()),
                DemoVault.CLOCK).ask(null, "Net worth?", listener, new Stop());

        assertThat(answer.answeredBy()).isEqualTo("Anthropic claude-sonnet-4-5");
        assertThat(answer.skipped()).singleElement().extracting(SkippedProvider::reason).asString().startsWith("server error");
        assertThat(listener.tokens.toString()).isEqualTo("Streamed by Claude.");
    }

    @Test
    void timeoutHandsOverToTheNext() {
        openAi.enqueue(OpenAiMock.slow(30));
        anthropic.enqueue(AnthropicMock.text("Fine.", 10, 5));

        Answer answer = assistant(kind -> Optional.of("k"), Duration.ofSeconds(1)).ask(null, "Net worth?", AssistantListener.NONE, new Stop());

        assertThat(answer.answeredBy()).isEqualTo("Anthropic claude-sonnet-4-5");
        assertThat(answer.skipped()).containsExactly(new SkippedProvider("OpenAI gpt-4o-mini", "timed out"));
    }

    @Test
    void missingKeySkipsTheProviderWithoutARequest() {
        anthropic.enqueue(AnthropicMock.text("Fine.", 10, 5));

        Answer answer = assistant(kind -> kind == ProviderKind.OPENAI ? Optional.empty() : Optional.of("k"))
                .ask(null, "Net worth?", AssistantListener.NONE, new Stop());

        assertThat(openAi.getRequestCount()).isZero();
        assertThat(answer.skipped()).containsExactly(new SkippedProvider("OpenAI gpt-4o-mini", "no API key"));
    }

    @Test
    void failureInALaterRoundContinuesTheSameQuestionOnTheNextProvider() throws Exception {
        openAi.enqueue(OpenAiMock.toolCalls(10, 5, new Call("call_1", "accounts_summary", "{}")));
        openAi.enqueue(OpenAiMock.status(503));
        anthropic.enqueue(AnthropicMock.text("Six accounts.", 10, 5));

        Answer answer = assistant().ask(null, "Accounts?", AssistantListener.NONE, new Stop());

        assertThat(answer.answeredBy()).isEqualTo("Anthropic claude-sonnet-4-5");
        assertThat(answer.toolRounds()).isEqualTo(1);
        JsonNode messages = OpenAiMock.JSON.readTree(anthropic.takeRequest().getBody().utf8()).get("messages");
        JsonNode result = messages.get(messages.size() - 1).get("content").get(0);
        assertThat(result.get("type").asText()).isEqualTo("tool_result");
        assertThat(result.get("content").asText()).contains("net_worth_by_currency");
    }

    @Test
    void whenEveryProviderFailsTheErrorListsEachReason() {
        openAi.enqueue(OpenAiMock.status(500));
        anthropic.enqueue(OpenAiMock.status(429));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> assistant().ask(null, "Net worth?", listener, new Stop()))
                .isInstanceOfSatisfying(AllProvidersFailed.class, e -> assertThat(e.skipped()).extracting(SkippedProvider::provider)
                        .containsExactly("OpenAI gpt-4o-mini", "Anthropic claude-sonnet-4-5"));
        assertThat(listener.errors).singleElement().isInstanceOf(AllProvidersFailed.class);
    }

    @Test
    void aRejectedRequestIsNotPassedOnAndItsMessageCarriesNoVendorText() {
        openAi.enqueue(OpenAiMock.status(400));

        assertThatThrownBy(() -> assistant().ask(null, "Net worth?", AssistantListener.NONE, new Stop()))
                .isInstanceOf(ProviderError.class).hasMessageStartingWith("OpenAI gpt-4o-mini could not answer").hasMessageContaining("400")
                .hasMessageNotContaining("mock 400");
        assertThat(anthropic.getRequestCount()).isZero();
    }

    @Test
    void withoutAnyProviderItExplainsTheSetupAndSendsNothing() {
        int conversationsBefore = new ConversationRepository(vault.dsl()).all().size();
        Assistant none = new Assistant(new ProviderChain(List.of(), ApiKeyLookup.none()),
                ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()), DemoVault.CLOCK);

        Answer answer = none.ask(null, "Net worth?", AssistantListener.NONE, new Stop());

        assertThat(none.isConfigured()).isFalse();
        assertThat(answer.setupNeeded()).isTrue();
        assertThat(answer.text()).contains("Settings").contains("Ollama").contains("nothing was sent");
        assertThat(openAi.getRequestCount() + anthropic.getRequestCount()).isZero();
        assertThat(new ConversationRepository(vault.dsl()).all()).hasSize(conversationsBefore);
    }
}
