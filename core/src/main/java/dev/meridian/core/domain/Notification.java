package dev.meridian.core.domain;

import java.time.Instant;

/** An entry of the in-app notification centre. {@code link} is an app location such as "chart:42". */
public record Notification(long id, Instant createdAt, String source, String title, String body, String link, boolean read) {
    public Notification withId(long newId) {
        return new Notification(newId, createdAt, source, title, body, link, read);
    }
}
