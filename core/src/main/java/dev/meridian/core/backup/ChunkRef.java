package dev.meridian.core.backup;

/** One chunk of a snapshot, in order: its content address and plaintext length. */
public record ChunkRef(String id, int length) {
    public ChunkRef {
        if (!RepositoryLayout.isChunkId(id)) throw new IllegalArgumentException("Not a chunk id: " + id);
        if (length <= 0) throw new IllegalArgumentException("Chunk length must be positive");
    }
}
