package dev.meridian.core.backup;

import dev.meridian.core.vault.BackupKeys;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Restores a snapshot as a new vault folder: unlocks the vault header stored with the snapshot
 * (wrong password: nothing is written), downloads and authenticates every chunk, writes the
 * database, writes the header last and opens the result once to prove it works. It only writes
 * into a folder that is new or empty, so the open vault (or any other) is never overwritten; a
 * failure removes what it wrote.
 */
public final class VaultRestorer {

    private static final String DATABASE = "vault.mv.db";
    private static final String HEADER = "vault.header";
    private static final int PREFETCH = 4;

    private final BackupTarget target;

    public VaultRestorer(BackupTarget target) {
        this.target = target;
    }

    public Path restoreWithPassword(String snapshotId, char[] password, Path folder, Progress progress)
            throws IOException, VaultException {
        byte[] stored = target.get(RepositoryLayout.snapshotName(snapshotId));
        BackupKeys keys = BackupKeys.unlockHeader(SnapshotCodec.header(stored, snapshotId), password);
        restore(stored, snapshotId, keys, folder, progress);
        return proveOpens(folder, () -> new VaultFolder(folder).unlock(password));
    }

    public Path restoreWithRecoveryCode(String snapshotId, String recoveryCode, Path folder, Progress progress)
            throws IOException, VaultException {
        byte[] stored = target.get(RepositoryLayout.snapshotName(snapshotId));
        BackupKeys keys = BackupKeys.unlockHeaderWithRecoveryCode(SnapshotCodec.header(stored, snapshotId), recoveryCode);
        restore(stored, snapshotId, keys, folder, progress);
        return proveOpens(folder, () -> new VaultFolder(folder).unlockWithRecoveryCode(recoveryCode));
    }

    private void restore(byte[] stored, String snapshotId, BackupKeys keys, Path folder, Progress progress) throws IOException {
        ObjectCipher cipher = new ObjectCipher(keys);
        SnapshotManifest manifest = SnapshotCodec.decode(stored, snapshotId, cipher);
        boolean created = prepareFolder(folder);
        try {
            Path part = folder.resolve(DATABASE + ".part");
            writeDatabase(manifest, cipher, part, progress);
            Files.move(part, folder.resolve(DATABASE), StandardCopyOption.ATOMIC_MOVE);
            Path headerPart = folder.resolve(HEADER + ".part");
            write(headerPart, List.of(SnapshotCodec.header(stored, snapshotId)));
            Files.move(headerPart, folder.resolve(HEADER), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            cleanUp(folder, created);
            throw e;
        }
    }

    private void writeDatabase(SnapshotManifest manifest, ObjectCipher cipher, Path part, Progress progress) throws IOException {
        ExecutorService fetchers = Executors.newFixedThreadPool(PREFETCH, r -> {
            Thread t = new Thread(r, "backup-restore");
            t.setDaemon(true);
            return t;
        });
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Deque<Future<byte[]>> window = new ArrayDeque<>();
            List<ChunkRef> chunks = manifest.chunks();
            int next = 0;
            long written = 0;
            for (ChunkRef chunk : chunks) {
                while (next < chunks.size() && window.size() < PREFETCH * 2) {
                    ChunkRef ahead = chunks.get(next++);
                    window.add(fetchers.submit(() -> fetch(cipher, ahead)));
                }
                progress.checkCancelled();
                byte[] plain = window.poll().get();
                ByteBuffer buffer = ByteBuffer.wrap(plain);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                written += plain.length;
                progress.update(written, manifest.sizeBytes(), "Restoring: " + (written >> 20) + " of " + (manifest.sizeBytes() >> 20) + " MiB");
            }
            out.force(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        } finally {
            fetchers.shutdownNow();
        }
    }

    private byte[] fetch(ObjectCipher cipher, ChunkRef chunk) throws IOException {
        byte[] plain = cipher.openChunk(target.get(RepositoryLayout.chunkName(chunk.id())), chunk.id());
        if (plain.length != chunk.length()) {
            throw new DamagedObjectException(RepositoryLayout.chunkName(chunk.id()), "its length differs from the snapshot's list");
        }
        return plain;
    }

    private static boolean prepareFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            return true;
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("Restore needs a new or empty folder; " + folder + " is a file.");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("Restore needs a new or empty folder; " + folder + " is not empty, so nothing was restored.");
            }
        }
        return false;
    }

    private static void write(Path file, List<byte[]> parts) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (byte[] part : parts) {
                ByteBuffer buffer = ByteBuffer.wrap(part);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            out.force(true);
        }
    }

    private interface Opener {
        Vault open() throws VaultException;
    }

    private static Path proveOpens(Path folder, Opener opener) throws VaultException {
        try (Vault restored = opener.open()) {
            restored.dsl().selectOne().fetch();
        }
        return folder;
    }

    private static void cleanUp(Path folder, boolean created) {
        for (String name : List.of(DATABASE + ".part", DATABASE, HEADER + ".part", HEADER)) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException e) {
                // Reported by the original failure; leftovers make the folder non-empty, so they are never mistaken for a vault.
            }
        }
        if (created) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // Not empty or not removable: left for the user.
            }
        }
    }
}
