package dev.meridian.app.audit;

/**
 * Where screens record what the user changed (append-only; never secrets). Blocking: call from
 * background work, inside the job that made the change.
 */
@FunctionalInterface
public interface AuditTrail {
    void record(String action, String entity, Long entityId, String detail);
}
