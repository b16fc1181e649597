package dev.meridian.core.imports;

import dev.meridian.core.domain.ImportBatch;

/** What an import wrote: its batch (for undo), the rows written and the duplicates skipped. */
public record ImportResult(ImportBatch batch, int written, int skipped, int instrumentsCreated) {}
