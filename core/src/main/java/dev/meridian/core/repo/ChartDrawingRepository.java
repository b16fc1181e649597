package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CHART_DRAWING;

import dev.meridian.core.db.generated.tables.records.ChartDrawingRecord;
import dev.meridian.core.domain.ChartDrawing;
import dev.meridian.core.domain.DrawingKind;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

public final class ChartDrawingRepository {

    private final DSLContext dsl;

    public ChartDrawingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChartDrawing insert(ChartDrawing drawing) {
        long id = dsl.insertInto(CHART_DRAWING).set(toRecord(drawing)).returningResult(CHART_DRAWING.ID).fetchSingle().value1();
        return drawing.withId(id);
    }

    public void update(ChartDrawing drawing) {
        int n = dsl.update(CHART_DRAWING).set(toRecord(drawing)).where(CHART_DRAWING.ID.eq(drawing.id())).execute();
        Columns.requireOneRow(n, "chart drawing", drawing.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(CHART_DRAWING).where(CHART_DRAWING.ID.eq(id)).execute();
    }

    public Optional<ChartDrawing> find(long id) {
        return dsl.selectFrom(CHART_DRAWING).where(CHART_DRAWING.ID.eq(id)).fetchOptional().map(ChartDrawingRepository::toDomain);
    }

    /** In creation order, which is the drawing order. */
    public List<ChartDrawing> forInstrument(long instrumentId) {
        return dsl.selectFrom(CHART_DRAWING).where(CHART_DRAWING.INSTRUMENT_ID.eq(instrumentId)).orderBy(CHART_DRAWING.ID)
                .fetch(ChartDrawingRepository::toDomain);
    }

    private static ChartDrawingRecord toRecord(ChartDrawing d) {
        return new ChartDrawingRecord()
                .setInstrumentId(d.instrumentId())
                .setKind(d.kind().name())
                .setAnchors(d.anchors())
                .setLabel(d.text())
                .setStyle(d.style())
                .setUpdatedAt(Columns.timestamp(d.updatedAt()));
    }

    private static ChartDrawing toDomain(ChartDrawingRecord r) {
        return new ChartDrawing(r.getId(), r.getInstrumentId(), DrawingKind.valueOf(r.getKind()), r.getAnchors(), r.getLabel(),
                r.getStyle(), Columns.instant(r.getUpdatedAt()));
    }
}
