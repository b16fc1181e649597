package dev.meridian.core.backup;

import java.io.IOException;
import java.util.List;

/**
 * Where backup objects are stored: a folder, an S3 bucket, a WebDAV collection. Objects are
 * write-once: names are content addresses or random, so nothing is ever overwritten. Names look
 * like {@code data/<64 hex>} or {@code snapshots/<32 hex>}; an implementation maps them onto its
 * own paths or keys.
 */
public interface BackupTarget extends AutoCloseable {

    /**
     * Stores {@code content} under {@code name} unless an object of that name exists. A reader never
     * sees a partly written object. Returns false when the object was already there.
     */
    boolean putIfAbsent(String name, byte[] content) throws IOException;

    /** The object's bytes; {@link MissingObjectException} when there is none. */
    byte[] get(String name) throws IOException;

    boolean exists(String name) throws IOException;

    /** Names of every object whose name starts with {@code prefix} (e.g. {@code "data/"}), in no particular order. */
    List<String> list(String prefix) throws IOException;

    /** Deletes the object; deleting a missing object is not an error. */
    void delete(String name) throws IOException;

    /** Where this target points, for the user (never includes credentials). */
    String describe();

    /** Checks that the target is reachable and writable, with a message for the user when it is not. */
    default void testConnection() throws IOException {
        String probe = "probe/" + java.util.HexFormat.of().formatHex(randomBytes());
        putIfAbsent(probe, new byte[] {1});
        try {
            if (get(probe).length != 1) {
                throw new IOException("The test object read back from " + describe() + " differs from what was written.");
            }
        } finally {
            delete(probe);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @Override
    default void close() throws IOException {
    }
}
