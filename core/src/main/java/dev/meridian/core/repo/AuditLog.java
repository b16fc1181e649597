package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.AUDIT_LOG;

import dev.meridian.core.domain.AuditEntry;
import java.util.List;
import org.jooq.DSLContext;

/** The append-only audit trail: entries can be added and read, never changed or removed. */
public final class AuditLog {

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(AuditEntry entry) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, Columns.timestamp(entry.at()))
                .set(AUDIT_LOG.ACTOR, entry.actor())
                .set(AUDIT_LOG.ACTION, entry.action())
                .set(AUDIT_LOG.ENTITY, entry.entity())
                .set(AUDIT_LOG.ENTITY_ID, entry.entityId())
                .set(AUDIT_LOG.DETAIL, entry.detail())
                .execute();
    }

    /** Newest first. */
    public List<AuditEntry> recent(int limit) {
        return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(Math.max(0, limit))
                .fetch(r -> new AuditEntry(r.getId(), Columns.instant(r.getAt()), r.getActor(), r.getAction(), r.getEntity(),
                        r.getEntityId(), r.getDetail()));
    }
}
