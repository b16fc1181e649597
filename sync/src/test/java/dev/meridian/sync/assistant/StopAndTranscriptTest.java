package dev.meridian.sync.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.domain.MessageRole;
import dev.meridian.core.repo.ConversationRepository;
import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.assistant.provider.ProviderChain;
import dev.meridian.sync.assistant.provider.ProviderConfig;
import dev.meridian.sync.assistant.provider.ProviderKind;
import dev.meridian.sync.assistant.tools.ToolBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StopAndTranscriptTest {

    static DemoVault vault;

    @StartStop final MockWebServer server = new MockWebServer();

    @BeforeAll static void openVault() { vault = DemoVault.shared(); }

    private Assistant assistant() {
        ProviderConfig openAi = ProviderConfig.of(ProviderKind.OPENAI, "gpt-4o-mini").withBaseUrl(server.url("/v1").toString());
        return new Assistant(new ProviderChain(List.of(openAi), kind -> Optional.of("k")),
                ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()), DemoVault.CLOCK);
    }

    @Test
    void stopDuringStreamingEndsTheQuestionAndKeepsOnlyWhatHappened() {
        server.enqueue(OpenAiMock.streamedText(List.of("First ", "second ", "third."), 5, 5));
        Stop stop = new Stop();
        RecordingListener listener = new RecordingListener() {
            @Override public void onToken(String text) {
                super.onToken(text);
                stop.request();
            }
        };
        ConversationRepository repo = new ConversationRepository(vault.dsl());

        assertThatThrownBy(() -> assistant().ask(null, "Stop me", listener, stop)).isInstanceOf(CancelledException.class);

        assertThat(listener.tokens.toString()).isEqualTo("First ");
        assertThat(listener.errors).singleElement().isInstanceOf(CancelledException.class);
        long id = repo.all().stream().filter(c -> c.title().equals("Stop me")).findFirst().orElseThrow().id();
        assertThat(repo.messages(id)).extracting(ConversationMessage::role).containsExactly(MessageRole.USER);
    }

    @Test
    void stopBeforeSendingMakesNoRequest() {
        Stop stop = new Stop();
        stop.request();

        assertThatThrownBy(() -> assistant().ask(null, "Never sent", AssistantListener.NONE, stop)).isInstanceOf(CancelledException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aRoundStoppedBeforeItsResultsIsDroppedWhenTheConversationContinues() throws Exception {
        ConversationRepository repo = new ConversationRepository(vault.dsl());
        long id = new ConversationStore(repo, DemoVault.CLOCK).start("Dangling");
        var t = DemoVault.CLOCK.instant();
        repo.append(new ConversationMessage(0, id, t, MessageRole.USER, "Q1", null, null, null, null, null));
        repo.append(new ConversationMessage(0, id, t, MessageRole.ASSISTANT, null, "accounts_summary", "{}", null, 1, 1, "OPENAI/gpt-4o-mini"));
        repo.append(new ConversationMessage(0, id, t, MessageRole.ASSISTANT, null, "budgets_and_goals", "{}", null, null, null, "OPENAI/gpt-4o-mini"));
        repo.append(new ConversationMessage(0, id, t, MessageRole.TOOL, null, "accounts_summary", null, "{\"accounts\":[]}", null, null));
        server.enqueue(OpenAiMock.text("Answer to Q2.", 5, 5));

        assistant().ask(id, "Q2", AssistantListener.NONE, new Stop());

        JsonNode messages = OpenAiMock.JSON.readTree(server.takeRequest().getBody().utf8()).get("messages");
        List<String> roles = new ArrayList<>();
        messages.forEach(m -> roles.add(m.get("role").asText()));
        assertThat(roles).containsExactly("system", "user", "user");
    }

    @Test
    void costIsAnEstimateFromTheModelsListPriceAndLocalModelsAreFree() {
        CostEstimate gpt = PriceTable.estimate(ProviderKind.OPENAI, "gpt-4o-mini-2024-07-18", new Usage(1_000_000, 1_000_000));
        assertThat(gpt.cost().amount()).isEqualByComparingTo("0.75");
        assertThat(gpt.cost().currency()).isEqualTo("USD");
        assertThat(PriceTable.estimate(ProviderKind.OPENAI, "gpt-4o", new Usage(1_000_000, 0)).cost().amount()).isEqualByComparingTo("2.50");
        assertThat(PriceTable.estimate(ProviderKind.OLLAMA, "llama3.1", new Usage(5000, 5000))).isEqualTo(CostEstimate.FREE);
        CostEstimate unknown = PriceTable.estimate(ProviderKind.OPENAI, "my-finetune", new Usage(10, 10));
        assertThat(unknown.cost()).isNull();
        assertThat(unknown.complete()).isFalse();
        assertThat(gpt.plus(unknown).complete()).isFalse();
        assertThat(gpt.plus(unknown).cost().amount()).isEqualByComparingTo("0.75");
    }
}
