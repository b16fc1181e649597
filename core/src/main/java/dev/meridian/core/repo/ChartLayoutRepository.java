package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CHART_LAYOUT;

import dev.meridian.core.db.generated.tables.records.ChartLayoutRecord;
import dev.meridian.core.domain.ChartLayout;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class ChartLayoutRepository {

    private final DSLContext dsl;

    public ChartLayoutRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChartLayout insert(ChartLayout layout) {
        long id = dsl.insertInto(CHART_LAYOUT).set(toRecord(layout)).returningResult(CHART_LAYOUT.ID).fetchSingle().value1();
        return layout.withId(id);
    }

    public void update(ChartLayout layout) {
        int n = dsl.update(CHART_LAYOUT).set(toRecord(layout)).where(CHART_LAYOUT.ID.eq(layout.id())).execute();
        Columns.requireOneRow(n, "chart layout", layout.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(CHART_LAYOUT).where(CHART_LAYOUT.ID.eq(id)).execute();
    }

    public Optional<ChartLayout> find(long id) {
        return dsl.selectFrom(CHART_LAYOUT).where(CHART_LAYOUT.ID.eq(id)).fetchOptional().map(ChartLayoutRepository::toDomain);
    }

    public List<ChartLayout> all() {
        return dsl.selectFrom(CHART_LAYOUT).orderBy(CHART_LAYOUT.NAME, CHART_LAYOUT.ID).fetch(ChartLayoutRepository::toDomain);
    }

    /** The most recently saved layout for the instrument, if any. */
    public Optional<ChartLayout> latestFor(long instrumentId) {
        return dsl.selectFrom(CHART_LAYOUT).where(CHART_LAYOUT.INSTRUMENT_ID.eq(instrumentId))
                .orderBy(CHART_LAYOUT.UPDATED_AT.desc(), CHART_LAYOUT.ID.desc()).limit(1)
                .fetchOptional().map(ChartLayoutRepository::toDomain);
    }

    /** The most recently saved layout with this name that belongs to no instrument (e.g. a screen's chart grid), if any. */
    public Optional<ChartLayout> latestShared(String name) {
        return dsl.selectFrom(CHART_LAYOUT).where(CHART_LAYOUT.INSTRUMENT_ID.isNull(), CHART_LAYOUT.NAME.eq(name))
                .orderBy(CHART_LAYOUT.UPDATED_AT.desc(), CHART_LAYOUT.ID.desc()).limit(1)
                .fetchOptional().map(ChartLayoutRepository::toDomain);
    }

    private static ChartLayoutRecord toRecord(ChartLayout l) {
        return new ChartLayoutRecord()
                .setName(l.name())
                .setInstrumentId(l.instrumentId())
                .setDefinition(l.definition())
                .setUpdatedAt(Columns.timestamp(l.updatedAt()));
    }

    private static ChartLayout toDomain(ChartLayoutRecord r) {
        return new ChartLayout(r.getId(), r.getName(), r.getInstrumentId(), r.getDefinition(), Columns.instant(r.getUpdatedAt()));
    }
}
