package dev.meridian.sync.assistant.provider;

import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.meridian.core.work.CancelledException;
import dev.meridian.sync.assistant.Stop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fallback chain during one question. Each model call starts at the provider that answered last;
 * on a timeout, 429, 5xx, rejected or missing key it moves on and records why. Once a provider fails it
 * is not asked again for this question.
 */
public final class ProviderSession {

    private final List<ProviderConfig> providers;
    private final ApiKeyLookup keys;
    private final List<SkippedProvider> skipped = new ArrayList<>();
    private int current;

    ProviderSession(List<ProviderConfig> providers, ApiKeyLookup keys) {
        this.providers = providers;
        this.keys = keys;
    }

    public ChatResponse send(ChatRequest request, Consumer<String> tokens, Stop stop) {
        while (current < providers.size()) {
            if (stop.isRequested()) throw new CancelledException();
            ProviderConfig config = providers.get(current);
            Optional<String> key = keys.apiKey(config.kind()).filter(k -> !k.isBlank());
            if (config.kind().needsKey() && key.isEmpty()) {
                skip(config, "no API key");
                continue;
            }
            try {
                return ChatModels.create(config, key.orElse(null)).send(request, tokens, stop);
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                if (stop.isRequested()) throw new CancelledException();
                Optional<String> reason = FailureReason.fallbackReason(e);
                if (reason.isEmpty()) throw new ProviderError(config.label(), e);
                skip(config, reason.get());
            }
        }
        throw new AllProvidersFailed(skipped);
    }

    /** The provider that answered the last call. */
    public ProviderConfig answering() {
        return providers.get(Math.min(current, providers.size() - 1));
    }

    public List<SkippedProvider> skipped() {
        return List.copyOf(skipped);
    }

    private void skip(ProviderConfig config, String reason) {
        skipped.add(new SkippedProvider(config.label(), reason));
        current++;
    }
}
