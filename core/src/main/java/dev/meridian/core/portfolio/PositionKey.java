package dev.meridian.core.portfolio;

/** One account's holding of one instrument. */
public record PositionKey(long accountId, long instrumentId) {}
