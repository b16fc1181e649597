package dev.meridian.core.domain;

import java.time.Instant;

/** One file import or sync run, so that all its transactions can be undone together. */
public record ImportBatch(long id, String source, String fileName, Instant importedAt, int rowCount) {}
