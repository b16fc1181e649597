package dev.meridian.core.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A backup target in a local or removable folder. Each object is a file at its name's path;
 * writes go to a temporary file in the same folder, are forced to disk and then moved into place,
 * so an interrupted write never leaves a partial object under a real name.
 */
public final class FolderTarget implements BackupTarget {

    private static final String TEMP_SUFFIX = ".part";

    private final Path root;

    public FolderTarget(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public boolean putIfAbsent(String name, byte[] content) throws IOException {
        Path file = resolve(name);
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            return moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Names are content addresses or random, so a concurrent writer of the same name wrote the same bytes. */
    private static boolean moveIntoPlace(Path temp, Path file) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException exists) {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] get(String name) throws IOException {
        try {
            return Files.readAllBytes(resolve(name));
        } catch (NoSuchFileException e) {
            throw new MissingObjectException(name, describe());
        }
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(resolve(name));
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        int slash = prefix.lastIndexOf('/');
        Path dir = slash < 0 ? root : resolve(prefix.substring(0, slash));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> n.startsWith(prefix) && !n.endsWith(TEMP_SUFFIX))
                    .forEach(names::add);
        }
        return names;
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(resolve(name));
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    private Path resolve(String name) {
        Path file = root.resolve(name).normalize();
        if (name.isEmpty() || !file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Invalid backup object name: " + name);
        }
        return file;
    }

    @Override
    public String toString() {
        return "FolderTarget[" + root + "]";
    }
}
