package dev.meridian.core.backup;

import java.time.Instant;
import java.util.List;

/**
 * What one snapshot holds: the vault database as an ordered list of chunks, plus what the run
 * that made it uploaded. Stored encrypted; see {@link SnapshotCodec}.
 *
 * @param sizeBytes      plaintext size of the database copy
 * @param newChunks      chunks this run uploaded (the rest were already on the target)
 * @param newBytes       plaintext bytes of those chunks
 * @param uploadedBytes  bytes this run sent, encrypted, including this manifest's chunks but not the manifest
 */
public record SnapshotManifest(String id, Instant createdAt, long sizeBytes, List<ChunkRef> chunks, int newChunks, long newBytes,
        long uploadedBytes) {

    public SnapshotManifest {
        chunks = List.copyOf(chunks);
        long sum = chunks.stream().mapToLong(ChunkRef::length).sum();
        if (sum != sizeBytes) throw new IllegalArgumentException("Snapshot size " + sizeBytes + " differs from its chunks' total " + sum);
    }

    public int reusedChunks() {
        return chunks.size() - newChunks;
    }
}
