package dev.meridian.core.domain;

import java.time.Instant;

/** One line of the append-only audit log: who did what to which entity. Never carries secrets. */
public record AuditEntry(long id, Instant at, String actor, String action, String entity, Long entityId, String detail) {}
