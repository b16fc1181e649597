package dev.meridian.sync.assistant;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.meridian.core.domain.Conversation;
import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.domain.MessageRole;
import dev.meridian.core.repo.ConversationRepository;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes a conversation to the vault as it happens and reads it back as model messages. One row per
 * tool call (ASSISTANT with tool name and arguments) and per result (TOOL); tool-call ids are rebuilt
 * from row ids on reading. Only questions, answers and tool data are stored: keys never reach this class.
 */
final class ConversationStore {

    private static final int TITLE_LENGTH = 80;

    private final ConversationRepository repo;
    private final Clock clock;

    ConversationStore(ConversationRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    long start(String question) {
        String title = question.strip().replaceAll("\\s+", " ");
        if (title.length() > TITLE_LENGTH) title = title.substring(0, TITLE_LENGTH - 1) + "…";
        var now = clock.instant();
        return repo.insert(new Conversation(0, title, now, now)).id();
    }

    void user(long conversationId, String text) {
        repo.append(new ConversationMessage(0, conversationId, clock.instant(), MessageRole.USER, text, null, null, null, null, null));
    }

    void toolCall(long conversationId, String text, ToolExecutionRequest call, Usage usage, String provider) {
        repo.append(new ConversationMessage(0, conversationId, clock.instant(), MessageRole.ASSISTANT, text,
                call.name(), call.arguments(), null, tokens(usage.inputTokens()), tokens(usage.outputTokens()), provider));
    }

    void toolResult(long conversationId, String toolName, String json) {
        repo.append(new ConversationMessage(0, conversationId, clock.instant(), MessageRole.TOOL, null, toolName, null, json, null, null));
    }

    void answer(long conversationId, String text, Usage usage, String provider) {
        repo.append(new ConversationMessage(0, conversationId, clock.instant(), MessageRole.ASSISTANT, text, null, null, null,
                tokens(usage.inputTokens()), tokens(usage.outputTokens()), provider));
    }

    List<ConversationMessage> messages(long conversationId) {
        return repo.messages(conversationId);
    }

    /** The stored conversation as model messages, so a follow-up question sees what came before. */
    List<ChatMessage> history(long conversationId) {
        List<ChatMessage> out = new ArrayList<>();
        List<ToolExecutionRequest> calls = new ArrayList<>();
        String callText = null;
        Deque<ToolExecutionRequest> pending = new ArrayDeque<>();
        int roundStart = -1;
        for (ConversationMessage m : repo.messages(conversationId)) {
            if (m.role() == MessageRole.ASSISTANT && m.toolName() != null) {
                if (calls.isEmpty()) callText = m.content();
                calls.add(ToolExecutionRequest.builder().id("call_" + m.id()).name(m.toolName()).arguments(m.toolArguments()).build());
                continue;
            }
            if (!calls.isEmpty()) {
                dropUnanswered(out, pending, roundStart);
                roundStart = out.size();
                out.add(callText == null ? AiMessage.from(calls) : AiMessage.from(callText, calls));
                pending.addAll(calls);
                calls = new ArrayList<>();
            }
            if (m.role() == MessageRole.TOOL) {
                ToolExecutionRequest call = pending.pollFirst();
                if (call != null) out.add(ToolExecutionResultMessage.from(call, m.toolResult()));
                continue;
            }
            dropUnanswered(out, pending, roundStart);
            switch (m.role()) {
                case USER -> out.add(UserMessage.from(m.content()));
                case SYSTEM -> out.add(SystemMessage.from(m.content()));
                default -> out.add(AiMessage.from(m.content() == null ? "" : m.content()));
            }
        }
        if (!calls.isEmpty()) return out;
        dropUnanswered(out, pending, roundStart);
        return out;
    }

    // A question stopped mid-round leaves calls without results; providers reject those, so the round goes.
    private static void dropUnanswered(List<ChatMessage> out, Deque<ToolExecutionRequest> pending, int roundStart) {
        if (pending.isEmpty()) return;
        while (out.size() > roundStart) out.removeLast();
        pending.clear();
    }

    private static Integer tokens(int n) {
        return n == 0 ? null : n;
    }
}
