package dev.meridian.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of an assistant conversation. An ASSISTANT message that calls a tool carries
 * {@code toolName} and {@code toolArguments} (JSON); the TOOL message answering it carries
 * {@code toolName} and {@code toolResult}. Token counts are what the provider reported, if anything.
 */
public record ConversationMessage(
        long id,
        long conversationId,
        Instant createdAt,
        MessageRole role,
        String content,
        String toolName,
        String toolArguments,
        String toolResult,
        Integer inputTokens,
        Integer outputTokens) {
    public ConversationMessage {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(role, "role");
    }

    public ConversationMessage withId(long newId) {
        return new ConversationMessage(newId, conversationId, createdAt, role, content, toolName, toolArguments,
                toolResult, inputTokens, outputTokens);
    }
}
