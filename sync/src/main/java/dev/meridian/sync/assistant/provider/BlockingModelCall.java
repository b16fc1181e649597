package dev.meridian.sync.assistant.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.assistant.Stop;
import java.util.function.Consumer;

/** A non-streaming provider: the whole text arrives as one token. */
final class BlockingModelCall implements ModelCall {

    private final ChatModel model;

    BlockingModelCall(ChatModel model) {
        this.model = model;
    }

    @Override
    public ChatResponse send(ChatRequest request, Consumer<String> tokens, Stop stop) {
        ChatResponse response = model.chat(request);
        if (stop.isRequested()) throw new CancelledException();
        String text = response.aiMessage().text();
        if (text != null && !text.isEmpty()) tokens.accept(text);
        return response;
    }
}
