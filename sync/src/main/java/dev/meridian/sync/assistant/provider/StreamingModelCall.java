package dev.meridian.sync.assistant.provider;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.assistant.Stop;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** A streaming (SSE) provider: tokens are forwarded as they arrive; Stop cancels the stream. */
final class StreamingModelCall implements ModelCall {

    private final StreamingChatModel model;

    StreamingModelCall(StreamingChatModel model) {
        this.model = model;
    }

    @Override
    public ChatResponse send(ChatRequest request, Consumer<String> tokens, Stop stop) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        Runnable cancelWaiting = () -> done.completeExceptionally(new CancelledException());
        stop.onStop(cancelWaiting);
        try {
            model.chat(request, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    if (stop.isRequested()) {
                        context.streamingHandle().cancel();
                        return;
                    }
                    tokens.accept(partial.text());
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            stop.removeOnStop(cancelWaiting);
        }
    }
}
