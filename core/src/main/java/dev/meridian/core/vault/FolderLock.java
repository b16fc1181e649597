package dev.meridian.core.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code vault.lock} in the vault folder, held while the vault is open.
 * The lock file is never deleted (deleting it would race with another process taking it); the OS
 * drops the lock when the process dies, so a crash never leaves a vault stuck.
 */
final class FolderLock implements AutoCloseable {

    static final String NAME = "vault.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(Path dir) throws VaultException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.IO, "The vault folder could not be locked: " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw VaultException.openElsewhere();
            }
            return new FolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw VaultException.openElsewhere();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new VaultException(VaultException.Reason.IO, "The vault folder could not be locked: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel close below releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written through this channel; the OS releases the handle.
        }
    }
}
