package dev.meridian.sync.assistant.provider;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds the LangChain4j client for one provider. Retries are off: a failing provider hands over to
 * the next one of the chain instead. Request logging stays off so keys and vault data never reach logs.
 * Ollama uses the OpenAI client on its /v1 endpoint (langchain4j-ollama is not published for 1.19).
 */
final class ChatModels {

    private static final String OLLAMA_PLACEHOLDER_KEY = "ollama";
    private static final int ANTHROPIC_MAX_TOKENS = 4096;

    private ChatModels() { }

    static ModelCall create(ProviderConfig c, String apiKey) {
        return c.streaming() ? new StreamingModelCall(streaming(c, apiKey)) : new BlockingModelCall(blocking(c, apiKey));
    }

    private static ChatModel blocking(ProviderConfig c, String key) {
        String url = c.effectiveBaseUrl();
        return switch (c.kind()) {
            case OPENAI, OLLAMA -> OpenAiChatModel.builder().baseUrl(url).apiKey(keyOrPlaceholder(c, key)).modelName(c.model())
                    .timeout(c.timeout()).maxRetries(0).logRequests(false).logResponses(false).build();
            case ANTHROPIC -> AnthropicChatModel.builder().baseUrl(url).apiKey(key).modelName(c.model())
                    .maxTokens(ANTHROPIC_MAX_TOKENS).timeout(c.timeout()).maxRetries(0).logRequests(false).logResponses(false).build();
            case GEMINI -> GoogleAiGeminiChatModel.builder().baseUrl(url).apiKey(key).modelName(c.model())
                    .timeout(c.timeout()).maxRetries(0).build();
        };
    }

    private static StreamingChatModel streaming(ProviderConfig c, String key) {
        String url = c.effectiveBaseUrl();
        return switch (c.kind()) {
            case OPENAI, OLLAMA -> OpenAiStreamingChatModel.builder().baseUrl(url).apiKey(keyOrPlaceholder(c, key)).modelName(c.model())
                    .timeout(c.timeout()).logRequests(false).logResponses(false).build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder().baseUrl(url).apiKey(key).modelName(c.model())
                    .maxTokens(ANTHROPIC_MAX_TOKENS).timeout(c.timeout()).logRequests(false).logResponses(false).build();
            case GEMINI -> GoogleAiGeminiStreamingChatModel.builder().baseUrl(url).apiKey(key).modelName(c.model())
                    .timeout(c.timeout()).build();
        };
    }

    // Ollama ignores the key, but the OpenAI client insists on one.
    private static String keyOrPlaceholder(ProviderConfig c, String key) {
        return key != null && !key.isBlank() ? key : c.kind() == ProviderKind.OLLAMA ? OLLAMA_PLACEHOLDER_KEY : key;
    }
}
