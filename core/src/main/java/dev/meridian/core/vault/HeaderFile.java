package dev.meridian.core.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Reads and atomically replaces {@code vault.header}. A new header is written to
 * {@code vault.header.tmp}, forced to disk, then moved over the old one in one step: a crash at
 * any point leaves either the complete old header or the complete new one in place.
 */
final class HeaderFile {

    static final String NAME = "vault.header";
    static final String TEMP_NAME = "vault.header.tmp";

    private final Path dir;

    HeaderFile(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir.resolve(NAME);
    }

    boolean exists() {
        return Files.isRegularFile(path());
    }

    VaultHeader read() throws VaultException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path());
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultException.Reason.NOT_A_VAULT, "There is no vault in " + dir + ".");
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.IO, "The vault header could not be read: " + e.getMessage(), e);
        }
        return VaultHeader.parse(bytes);
    }

    void write(VaultHeader header) throws VaultException {
        Path temp = dir.resolve(TEMP_NAME);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(header.format());
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            moveIntoPlace(temp);
            forceDirectory();
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.IO, "The vault header could not be written: " + e.getMessage(), e);
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, path(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot replace files atomically", e);
        }
    }

    /** Makes the rename itself durable; not possible (and not needed) on every platform. */
    private void forceDirectory() {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself.
        }
    }
}
