package dev.meridian.core.domain;

import java.time.Instant;
import java.util.Objects;

/** One chat with the assistant; its messages are {@link ConversationMessage}s. */
public record Conversation(long id, String title, Instant createdAt, Instant updatedAt) {
    public Conversation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Conversation withId(long newId) {
        return new Conversation(newId, title, createdAt, updatedAt);
    }
}
