package dev.meridian.sync.assistant.provider;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.meridian.sync.assistant.Stop;
import java.util.function.Consumer;

/** One request to one provider; text arrives through {@code tokens} as it is produced. */
interface ModelCall {
    ChatResponse send(ChatRequest request, Consumer<String> tokens, Stop stop);
}
