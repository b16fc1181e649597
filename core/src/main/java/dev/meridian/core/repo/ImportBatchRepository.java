package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.IMPORT_BATCH;
import static dev.meridian.core.db.generated.Tables.IMPORT_BATCH_INSTRUMENT;

import dev.meridian.core.db.generated.tables.records.ImportBatchRecord;
import dev.meridian.core.domain.ImportBatch;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** File imports and sync runs; undoing one deletes its transactions through {@link TransactionRepository#deleteImportBatch}. */
public final class ImportBatchRepository {

    private final DSLContext dsl;

    public ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ImportBatch insert(ImportBatch batch) {
        long id = dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.SOURCE, batch.source())
                .set(IMPORT_BATCH.FILE_NAME, batch.fileName())
                .set(IMPORT_BATCH.IMPORTED_AT, Columns.timestamp(batch.importedAt()))
                .set(IMPORT_BATCH.ROW_COUNT, batch.rowCount())
                .returningResult(IMPORT_BATCH.ID).fetchSingle().value1();
        return new ImportBatch(id, batch.source(), batch.fileName(), batch.importedAt(), batch.rowCount());
    }

    public void updateRowCount(long id, int rowCount) {
        int n = dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.ROW_COUNT, rowCount).where(IMPORT_BATCH.ID.eq(id)).execute();
        Columns.requireOneRow(n, "import batch", id);
    }

    public void delete(long id) {
        dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).execute();
    }

    public Optional<ImportBatch> find(long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional().map(ImportBatchRepository::toDomain);
    }

    /** Newest first. */
    public List<ImportBatch> all() {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.IMPORTED_AT.desc(), IMPORT_BATCH.ID.desc())
                .fetch(ImportBatchRepository::toDomain);
    }

    /** Remembers that the import created the instrument (undo removes it again if unused). */
    public void addCreatedInstrument(long batchId, long instrumentId) {
        dsl.insertInto(IMPORT_BATCH_INSTRUMENT)
                .set(IMPORT_BATCH_INSTRUMENT.IMPORT_BATCH_ID, batchId)
                .set(IMPORT_BATCH_INSTRUMENT.INSTRUMENT_ID, instrumentId)
                .execute();
    }

    public List<Long> createdInstruments(long batchId) {
        return dsl.select(IMPORT_BATCH_INSTRUMENT.INSTRUMENT_ID).from(IMPORT_BATCH_INSTRUMENT)
                .where(IMPORT_BATCH_INSTRUMENT.IMPORT_BATCH_ID.eq(batchId)).orderBy(IMPORT_BATCH_INSTRUMENT.INSTRUMENT_ID)
                .fetch(IMPORT_BATCH_INSTRUMENT.INSTRUMENT_ID);
    }

    private static ImportBatch toDomain(ImportBatchRecord r) {
        return new ImportBatch(r.getId(), r.getSource(), r.getFileName(), Columns.instant(r.getImportedAt()), r.getRowCount());
    }
}
