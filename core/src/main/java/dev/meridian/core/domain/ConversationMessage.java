package dev.meridian.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of an assistant conversation. An ASSISTANT message that calls a tool carries
 * {@code toolName} and {@code toolArguments} (JSON); the TOOL message answering it carries
 * {@code toolName} and {@code toolResult}. Token counts are what the provider reported, if anything;
 * {@code provider} names the provider and model that wrote an ASSISTANT message (never a key).
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
        Integer outputTokens,
        String provider) {
    public ConversationMessage {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(role, "role");
    }

    /** A message without a provider (user, system and tool messages). */
    public ConversationMessage(long id, long conversationId, Instant createdAt, MessageRole role, String content,
                               String toolName, String toolArguments, String toolResult, Integer inputTokens, Integer outputTokens) {
        this(id, conversationId, createdAt, role, content, toolName, toolArguments, toolResult, inputTokens, outputTokens, null);
    }

    public ConversationMessage withId(long newId) {
        return new ConversationMessage(newId, conversationId, createdAt, role, content, toolName, toolArguments,
                toolResult, inputTokens, outputTokens, provider);
    }
}
