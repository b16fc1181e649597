package dev.meridian.core.imports;

import dev.meridian.core.repo.ImportBatchRepository;
import dev.meridian.core.repo.InstrumentRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Undoes a whole import atomically: deletes the batch's transactions, the instruments it created that
 * nothing else uses since, and the batch itself. Returns the number of transactions removed.
 */
public final class ImportUndo {

    private final DSLContext dsl;

    public ImportUndo(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int undo(long batchId) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            ImportBatchRepository batches = new ImportBatchRepository(tx);
            if (batches.find(batchId).isEmpty()) throw new IllegalArgumentException("No import with id " + batchId + " (already undone?)");
            List<Long> created = batches.createdInstruments(batchId);
            int removed = new TransactionRepository(tx).deleteImportBatch(batchId);
            InstrumentRepository instruments = new InstrumentRepository(tx);
            for (long id : created) {
                if (!instruments.isUsed(id)) instruments.delete(id);
            }
            batches.delete(batchId);
            return removed;
        });
    }
}
