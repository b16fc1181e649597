package dev.meridian.core.domain;

import java.time.Instant;

/** Metadata of a stored file (statement, receipt); its content is kept encrypted. */
public record Document(long id, String name, String mediaType, long size, Instant addedAt, Long transactionId) {}
