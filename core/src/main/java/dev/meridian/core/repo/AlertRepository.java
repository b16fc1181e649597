package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.ALERT;

import dev.meridian.core.db.generated.tables.records.AlertRecord;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class AlertRepository {

    private final DSLContext dsl;

    public AlertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Alert insert(Alert alert) {
        long id = dsl.insertInto(ALERT).set(toRecord(alert)).returningResult(ALERT.ID).fetchSingle().value1();
        return alert.withId(id);
    }

    public void update(Alert alert) {
        int n = dsl.update(ALERT).set(toRecord(alert)).where(ALERT.ID.eq(alert.id())).execute();
        Columns.requireOneRow(n, "alert", alert.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(ALERT).where(ALERT.ID.eq(id)).execute();
    }

    public Optional<Alert> find(long id) {
        return dsl.selectFrom(ALERT).where(ALERT.ID.eq(id)).fetchOptional().map(AlertRepository::toDomain);
    }

    public List<Alert> all() {
        return dsl.selectFrom(ALERT).orderBy(ALERT.ID).fetch(AlertRepository::toDomain);
    }

    public List<Alert> active() {
        return dsl.selectFrom(ALERT).where(ALERT.ACTIVE.isTrue()).orderBy(ALERT.ID).fetch(AlertRepository::toDomain);
    }

    public List<Alert> forInstrument(long instrumentId) {
        return dsl.selectFrom(ALERT).where(ALERT.INSTRUMENT_ID.eq(instrumentId)).orderBy(ALERT.ID).fetch(AlertRepository::toDomain);
    }

    /** Records a firing; a ONCE alert is deactivated by it. */
    public void markTriggered(long id, Instant at) {
        Alert alert = find(id).orElseThrow(() -> new IllegalArgumentException("No alert with id " + id));
        dsl.update(ALERT).set(ALERT.LAST_TRIGGERED_AT, Columns.timestamp(at))
                .set(ALERT.ACTIVE, alert.active() && alert.frequency() != AlertFrequency.ONCE)
                .where(ALERT.ID.eq(id)).execute();
    }

    private static AlertRecord toRecord(Alert a) {
        return new AlertRecord()
                .setInstrumentId(a.instrumentId())
                .setAlertCondition(a.condition().name())
                .setThreshold(Columns.decimal(a.threshold(), "Alert threshold"))
                .setParameters(a.parameters())
                .setFrequency(a.frequency().name())
                .setActive(a.active())
                .setLastTriggeredAt(Columns.timestamp(a.lastTriggeredAt()))
                .setCreatedAt(Columns.timestamp(a.createdAt()));
    }

    private static Alert toDomain(AlertRecord r) {
        return new Alert(r.getId(), r.getInstrumentId(), AlertCondition.valueOf(r.getAlertCondition()), Columns.read(r.getThreshold()),
                r.getParameters(), AlertFrequency.valueOf(r.getFrequency()), r.getActive(), Columns.instant(r.getLastTriggeredAt()),
                Columns.instant(r.getCreatedAt()));
    }
}
