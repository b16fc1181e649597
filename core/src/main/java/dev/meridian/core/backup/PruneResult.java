package dev.meridian.core.backup;

/** What a prune removed and what it kept. */
public record PruneResult(int snapshotsKept, int snapshotsDeleted, int chunksDeleted) {
}
