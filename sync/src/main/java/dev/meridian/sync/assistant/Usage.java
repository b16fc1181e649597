package dev.meridian.sync.assistant;

import dev.langchain4j.model.output.TokenUsage;

/** Tokens a provider reported; zero where it reported nothing. */
public record Usage(int inputTokens, int outputTokens) {

    public static final Usage NONE = new Usage(0, 0);

    public static Usage of(TokenUsage t) {
        if (t == null) return NONE;
        return new Usage(t.inputTokenCount() == null ? 0 : t.inputTokenCount(), t.outputTokenCount() == null ? 0 : t.outputTokenCount());
    }

    public Usage plus(Usage o) {
        return new Usage(inputTokens + o.inputTokens, outputTokens + o.outputTokens);
    }

    public int totalTokens() {
        return inputTokens + outputTokens;
    }
}
