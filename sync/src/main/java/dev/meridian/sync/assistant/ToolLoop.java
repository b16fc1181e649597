package dev.meridian.sync.assistant;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.assistant.provider.ProviderConfig;
import dev.meridian.sync.assistant.provider.ProviderSession;
import dev.meridian.sync.assistant.tools.Proposal;
import dev.meridian.sync.assistant.tools.ToolBox;
import dev.meridian.sync.assistant.tools.ToolOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * One question's model/tool rounds, written out instead of left to AiServices so the limit, the
 * fallback and the transcript are ours. After {@link #MAX_TOOL_ROUNDS} rounds the model is asked
 * once more, without tools, to answer from what it has.
 */
final class ToolLoop {

    static final int MAX_TOOL_ROUNDS = 5;

    static final String ROUND_LIMIT_NOTE = "The tool-call limit of " + MAX_TOOL_ROUNDS + " rounds is reached. "
            + "Answer now from the tool results above, without calling tools, and say that the answer may be incomplete.";

    record Outcome(String text, ProviderConfig answeredBy, int rounds, boolean roundLimitReached, Usage usage,
                   CostEstimate cost, List<Proposal> proposals) { }

    private final ToolBox tools;
    private final ConversationStore store;

    ToolLoop(ToolBox tools, ConversationStore store) {
        this.tools = tools;
        this.store = store;
    }

    Outcome run(long conversationId, List<ChatMessage> messages, ProviderSession providers, AssistantListener listener, Stop stop) {
        List<ChatMessage> dialogue = new ArrayList<>(messages);
        List<Proposal> proposals = new ArrayList<>();
        Usage total = Usage.NONE;
        CostEstimate cost = CostEstimate.FREE;
        int rounds = 0;
        while (true) {
            if (stop.isRequested()) throw new CancelledException();
            boolean toolsAllowed = rounds < MAX_TOOL_ROUNDS;
            ChatRequest.Builder request = ChatRequest.builder();
            if (toolsAllowed) {
                request.messages(dialogue).toolSpecifications(tools.specifications());
            } else {
                List<ChatMessage> closing = new ArrayList<>(dialogue);
                closing.add(UserMessage.from(ROUND_LIMIT_NOTE));
                request.messages(closing);
            }
            ChatResponse response = providers.send(request.build(), listener::onToken, stop);
            ProviderConfig answering = providers.answering();
            Usage usage = Usage.of(response.tokenUsage());
            total = total.plus(usage);
            cost = cost.plus(PriceTable.estimate(answering.kind(), answering.model(), usage));
            AiMessage ai = response.aiMessage();
            if (!toolsAllowed || !ai.hasToolExecutionRequests()) {
                String text = ai.text() == null ? "" : ai.text();
                store.answer(conversationId, text, usage, answering.id());
                return new Outcome(text, answering, rounds, !toolsAllowed, total, cost, proposals);
            }
            rounds++;
            dialogue.add(ai);
            boolean first = true;
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                store.toolCall(conversationId, first ? ai.text() : null, call, first ? usage : Usage.NONE, answering.id());
                first = false;
            }
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                if (stop.isRequested()) throw new CancelledException();
                listener.onToolCall(call.name(), call.arguments());
                ToolOutcome outcome = tools.execute(call.name(), call.arguments());
                if (outcome.proposal() != null) proposals.add(outcome.proposal());
                store.toolResult(conversationId, call.name(), outcome.json());
                listener.onToolResult(call.name(), outcome.json());
                dialogue.add(ToolExecutionResultMessage.from(call, outcome.json()));
            }
        }
    }
}
