package dev.meridian.core.backup;

import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Chunks a stream, uploads the chunks the target does not have yet (a few at a time) and writes
 * the snapshot object last. A run that fails or is cancelled before that last step leaves no
 * snapshot behind, only chunks the next run reuses, so earlier snapshots are never affected.
 */
public final class SnapshotWriter {

    private final BackupTarget target;
    private final ObjectCipher cipher;
    private final int parallelism;
    private final ChunkerFactory chunkers;

    /** Makes the chunker for a stream; tests use small chunks. */
    @FunctionalInterface
    public interface ChunkerFactory {
        ContentChunker chunker(InputStream in);
    }

    public SnapshotWriter(BackupTarget target, ObjectCipher cipher) {
        this(target, cipher, 3, ContentChunker::new);
    }

    public SnapshotWriter(BackupTarget target, ObjectCipher cipher, int parallelism, ChunkerFactory chunkers) {
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be at least 1");
        this.target = target;
        this.cipher = cipher;
        this.parallelism = parallelism;
        this.chunkers = chunkers;
    }

    public SnapshotManifest write(InputStream data, long size, byte[] header, Instant createdAt, Progress progress) throws IOException {
        progress.update(0, size, "Listing what " + target.describe() + " already holds");
        Set<String> present = ConcurrentHashMap.newKeySet();
        for (String name : target.list(RepositoryLayout.DATA)) {
            present.add(RepositoryLayout.chunkId(name));
        }
        Upload upload = new Upload(present);
        List<ChunkRef> chunks = upload.run(chunkers.chunker(data), size, progress);
        String id = RepositoryLayout.newSnapshotId();
        SnapshotManifest manifest = new SnapshotManifest(id, createdAt, chunks.stream().mapToLong(ChunkRef::length).sum(), chunks,
                upload.newChunks.get(), upload.newBytes.get(), upload.uploadedBytes.get());
        progress.checkCancelled();
        target.putIfAbsent(RepositoryLayout.snapshotName(id), SnapshotCodec.encode(manifest, header, cipher));
        return manifest;
    }

    private final class Upload {
        private final Set<String> present;
        private final AtomicInteger newChunks = new AtomicInteger();
        private final AtomicLong newBytes = new AtomicLong();
        private final AtomicLong uploadedBytes = new AtomicLong();

        Upload(Set<String> present) {
            this.present = present;
        }

        List<ChunkRef> run(ContentChunker chunker, long size, Progress progress) throws IOException {
            ExecutorService workers = Executors.newFixedThreadPool(parallelism, r -> {
                Thread t = new Thread(r, "backup-upload");
                t.setDaemon(true);
                return t;
            });
            Semaphore inFlight = new Semaphore(parallelism * 2);
            List<Future<ChunkRef>> pending = new ArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
            try {
                long read = 0;
                for (byte[] chunk = chunker.next(); chunk != null; chunk = chunker.next()) {
                    progress.checkCancelled();
                    inFlight.acquire();
                    byte[] plain = chunk;
                    pending.add(workers.submit(() -> {
                        try {
                            return store(plain);
                        } catch (IOException | RuntimeException e) {
                            failed.set(true);
                            throw e;
                        } finally {
                            inFlight.release();
                        }
                    }));
                    read += chunk.length;
                    progress.update(read, size, "Backing up: " + (read >> 20) + " of " + (size >> 20) + " MiB");
                    if (failed.get()) {
                        break;
                    }
                }
                List<ChunkRef> refs = new ArrayList<>(pending.size());
                for (Future<ChunkRef> f : pending) {
                    refs.add(f.get());
                }
                return refs;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw unwrap(e);
            } finally {
                workers.shutdownNow();
            }
        }

        private ChunkRef store(byte[] plain) throws IOException {
            String id = cipher.chunkId(plain);
            if (present.add(id)) {
                byte[] sealed = cipher.seal(plain, RepositoryLayout.chunkName(id));
                try {
                    if (target.putIfAbsent(RepositoryLayout.chunkName(id), sealed)) {
                        newChunks.incrementAndGet();
                        newBytes.addAndGet(plain.length);
                        uploadedBytes.addAndGet(sealed.length);
                    }
                } catch (IOException | RuntimeException e) {
                    present.remove(id);
                    throw e;
                }
            }
            return new ChunkRef(id, plain.length);
        }

        private static IOException unwrap(ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) return io;
            if (cause instanceof RuntimeException r) throw r;
            return new IOException(cause);
        }
    }
}
