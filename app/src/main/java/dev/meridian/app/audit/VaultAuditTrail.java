package dev.meridian.app.audit;

import static dev.meridian.core.db.generated.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * Appends to the vault's {@code audit_log} table. A stand-in for core's planned {@code AuditLog}
 * repository: when that lands, {@code Workstation} wires the trail to it and this class goes.
 */
public final class VaultAuditTrail implements AuditTrail {

    static final String ACTOR = "user";
    private static final int MAX_DETAIL = 4000;

    private final DSLContext dsl;
    private final Clock clock;

    public VaultAuditTrail(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public void record(String action, String entity, Long entityId, String detail) {
        String d = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.ACTOR, ACTOR)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, d)
                .execute();
    }
}
