package dev.meridian.sync.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.repo.ConversationRepository;
import dev.meridian.sync.assistant.OpenAiMock.Call;
import dev.meridian.sync.assistant.provider.ProviderChain;
import dev.meridian.sync.assistant.provider.ProviderConfig;
import dev.meridian.sync.assistant.provider.ProviderKind;
import dev.meridian.sync.assistant.tools.ToolBox;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String OPENAI_KEY = "sk-SECRET-openai-4f9a2c";
    private static final String ANTHROPIC_KEY = "sk-ant-SECRET-77e1d0";

    static DemoVault vault;

    @StartStop final MockWebServer openAi = new MockWebServer();
    @StartStop final MockWebServer anthropic = new MockWebServer();

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private Level rootLevel;
    private final Handler capture = new Handler() {
        @Override public void publish(LogRecord r) {
            logLines.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                    + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeAll static void openVault() { vault = DemoVault.shared(); }

    @BeforeEach void captureAllLogging() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach void restoreLogging() {
        root.removeHandler(capture);
        root.setLevel(rootLevel);
    }

    @Test
    void keysAreSentToTheProviderButNeverLoggedNorStored() throws Exception {
        openAi.enqueue(OpenAiMock.status(429));
        anthropic.enqueue(AnthropicMock.streamedToolUse("toolu_1", "accounts_summary", List.of("{}"), 10, 5));
        anthropic.enqueue(AnthropicMock.streamedText(List.of("Done."), 10, 5));
        List<ProviderConfig> chain = List.of(
                ProviderConfig.of(ProviderKind.OPENAI, "gpt-4o-mini").withBaseUrl(openAi.url("/v1").toString()).withStreaming(false),
                ProviderConfig.of(ProviderKind.ANTHROPIC, "claude-sonnet-4-5").withBaseUrl(anthropic.url("/v1/").toString()));
        Assistant assistant = new Assistant(new ProviderChain(chain, kind -> Optional.of(kind == ProviderKind.OPENAI ? OPENAI_KEY : ANTHROPIC_KEY)),
                ToolBox.forVault(vault.dsl(), DemoVault.MONTH), new ConversationRepository(vault.dsl()), DemoVault.CLOCK);
        RecordingListener listener = new RecordingListener();

        Answer answer = assistant.ask(null, "What are my accounts?", listener, new Stop());

        assertThat(openAi.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + OPENAI_KEY);
        assertThat(anthropic.takeRequest().getHeaders().get("x-api-key")).isEqualTo(ANTHROPIC_KEY);
        StringBuilder stored = new StringBuilder();
        for (ConversationMessage m : new ConversationRepository(vault.dsl()).messages(answer.conversationId())) stored.append(m).append('\n');
        assertThat(stored.toString()).contains("accounts_summary").contains("Done.")
                .doesNotContain(OPENAI_KEY).doesNotContain(ANTHROPIC_KEY).doesNotContain("SECRET");
        String everything = String.join("\n", logLines) + answer + listener.toolResults + chain;
        assertThat(everything).doesNotContain("SECRET");
    }
}
