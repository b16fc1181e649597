package dev.meridian.core.imports;

import dev.meridian.core.domain.ImportBatch;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.work.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes a preview as one {@link ImportBatch} in one database transaction: the batch row, the
 * instruments the import creates (remembered with the batch so undo can remove them), and every new
 * row tagged with the batch id. A preview with errors, a failure or a cancel writes nothing.
 */
public final class ImportWriter {

    /** Rows per insertAll call: the unit of progress and of cancel checks. */
    static final int CHUNK = 20_000;

    private final DSLContext dsl;
    private final Clock clock;

    public ImportWriter(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public ImportResult write(ImportPreview preview, Progress progress) {
        if (preview.hasErrors()) {
            throw new IllegalStateException("The import has " + preview.errors().size() + " row errors, first: "
                    + preview.errors().getFirst() + "; nothing was written");
        }
        List<ImportRow> rows = preview.toWrite();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ImportBatchRepository batches = new ImportBatchRepository(tx);
            ImportBatch batch = batches.insert(new ImportBatch(0, preview.source(), preview.fileName(), clock.instant(), rows.size()));
            Map<Long, Long> instrumentIds = createInstruments(preview.newInstruments(), batch.id(), tx, batches);
            TransactionRepository transactions = new TransactionRepository(tx);
            List<Transaction> chunk = new ArrayList<>(Math.min(CHUNK, rows.size()));
            int done = 0;
            for (ImportRow row : rows) {
                chunk.add(resolve(row.transaction(), instrumentIds).withImportBatch(batch.id()));
                if (chunk.size() == CHUNK) {
                    progress.checkCancelled();
                    transactions.insertAll(chunk);
                    done += chunk.size();
                    chunk.clear();
                    progress.update(done, rows.size(), "Writing " + done + " of " + rows.size() + " rows");
                }
            }
            progress.checkCancelled();
            transactions.insertAll(chunk);
            progress.update(rows.size(), rows.size(), "Wrote " + rows.size() + " rows");
            return new ImportResult(batch, rows.size(), preview.duplicateCount(), instrumentIds.size());
        });
    }

    private static Map<Long, Long> createInstruments(List<Instrument> planned, long batchId, DSLContext tx, ImportBatchRepository batches) {
        Map<Long, Long> ids = new HashMap<>();
        InstrumentRepository instruments = new InstrumentRepository(tx);
        for (Instrument i : planned) {
            Instrument saved = instruments.insert(i.withId(0));
            ids.put(i.id(), saved.id());
            batches.addCreatedInstrument(batchId, saved.id());
        }
        return ids;
    }

    private static Transaction resolve(Transaction t, Map<Long, Long> instrumentIds) {
        if (t.instrumentId() == null || t.instrumentId() > 0) return t;
        Long real = instrumentIds.get(t.instrumentId());
        if (real == null) throw new IllegalStateException("Row refers to planned instrument " + t.instrumentId() + " that the preview does not list");
        return new Transaction(t.id(), t.accountId(), t.type(), t.date(), t.amount(), real, t.quantity(), t.price(), t.fee(), t.tax(),
                t.payee(), t.description(), t.categoryId(), t.notes(), t.transferAccountId(), t.providerId(), t.importBatchId());
    }
}
