package dev.meridian.sync.assistant;

import dev.meridian.sync.assistant.provider.SkippedProvider;
import dev.meridian.sync.assistant.tools.Proposal;
import java.util.List;

/**
 * The assistant's reply to one question.
 *
 * @param answeredBy label of the provider that wrote the final text ("Anthropic claude-sonnet-4-5"), null for setup help
 * @param skipped providers passed over before it, with the reason for each
 * @param roundLimitReached true when the tool-round limit cut tool use short and the answer may be incomplete
 * @param proposals changes the user may confirm (nothing was written)
 * @param setupNeeded true when no provider is configured and {@code text} explains how to set one up
 */
public record Answer(
        long conversationId,
        String text,
        String answeredBy,
        List<SkippedProvider> skipped,
        int toolRounds,
        boolean roundLimitReached,
        Usage usage,
        CostEstimate cost,
        List<Proposal> proposals,
        boolean setupNeeded) {

    public Answer {
        skipped = List.copyOf(skipped);
        proposals = List.copyOf(proposals);
    }
}
