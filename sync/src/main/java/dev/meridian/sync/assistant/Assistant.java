package dev.meridian.sync.assistant;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.repo.ConversationRepository;
import dev.meridian.sync.assistant.provider.ProviderChain;
import dev.meridian.sync.assistant.provider.ProviderKind;
import dev.meridian.sync.assistant.provider.ProviderSession;
import dev.meridian.sync.assistant.tools.ToolBox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The assistant engine the chat screen drives: asks a question within a (new or stored) conversation,
 * lets the model read the vault through {@link ToolBox}, falls back along the {@link ProviderChain}
 * and stores everything in the vault. {@link #ask} blocks: call it from background work.
 */
public final class Assistant {

    private final ProviderChain providers;
    private final ToolBox tools;
    private final ConversationStore store;
    private final Clock clock;

    public Assistant(ProviderChain providers, ToolBox tools, ConversationRepository conversations, Clock clock) {
        this.providers = providers;
        this.tools = tools;
        this.store = new ConversationStore(conversations, clock);
        this.clock = clock;
    }

    /** False when no provider is configured: the screen shows {@link #setupHelp()} and sends nothing. */
    public boolean isConfigured() {
        return !providers.isEmpty();
    }

    public String setupHelp() {
        return SetupHelp.TEXT;
    }

    /** Label of the provider that will see the next question first, for the screen to show before sending. */
    public String firstProviderLabel() {
        return providers.isEmpty() ? null : providers.first().label();
    }

    /**
     * Answers {@code question}; {@code conversationId} null starts a new conversation. Without a
     * configured provider it returns the setup help and makes no request. On failure or Stop the
     * listener hears onError and the exception is rethrown (a CancelledException for Stop); what
     * happened until then stays stored.
     */
    public Answer ask(Long conversationId, String question, AssistantListener listener, Stop stop) {
        if (question == null || question.isBlank()) throw new IllegalArgumentException("The question is empty");
        if (providers.isEmpty()) {
            Answer help = new Answer(conversationId == null ? 0 : conversationId, SetupHelp.TEXT, null, List.of(), 0, false,
                    Usage.NONE, CostEstimate.FREE, List.of(), true);
            listener.onComplete(help);
            return help;
        }
        long id = conversationId != null ? conversationId : store.start(question);
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(SystemPrompt.text(LocalDate.now(clock))));
        if (conversationId != null) messages.addAll(store.history(id));
        store.user(id, question.strip());
        messages.add(UserMessage.from(question.strip()));
        ProviderSession session = providers.session();
        try {
            ToolLoop.Outcome o = new ToolLoop(tools, store).run(id, messages, session, listener, stop);
            Answer answer = new Answer(id, o.text(), o.answeredBy().label(), session.skipped(), o.rounds(), o.roundLimitReached(),
                    o.usage(), o.cost(), o.proposals(), false);
            listener.onComplete(answer);
            return answer;
        } catch (RuntimeException e) {
            listener.onError(e);
            throw e;
        }
    }

    /** Tokens and estimated cost of a whole stored conversation. */
    public ConversationUsage usage(long conversationId) {
        Usage total = Usage.NONE;
        CostEstimate cost = CostEstimate.FREE;
        for (ConversationMessage m : store.messages(conversationId)) {
            if (m.provider() == null) continue;
            Usage u = new Usage(m.inputTokens() == null ? 0 : m.inputTokens(), m.outputTokens() == null ? 0 : m.outputTokens());
            total = total.plus(u);
            cost = cost.plus(estimate(m.provider(), u));
        }
        return new ConversationUsage(total, cost);
    }

    // Stored as "KIND/model"; anything else (a future provider kind) counts as an unknown price.
    private static CostEstimate estimate(String provider, Usage usage) {
        int slash = provider.indexOf('/');
        ProviderKind kind = slash < 0 ? null : java.util.Arrays.stream(ProviderKind.values())
                .filter(k -> k.name().equals(provider.substring(0, slash))).findFirst().orElse(null);
        if (kind == null) return usage.totalTokens() == 0 ? CostEstimate.FREE : new CostEstimate(null, false);
        return PriceTable.estimate(kind, provider.substring(slash + 1), usage);
    }
}
