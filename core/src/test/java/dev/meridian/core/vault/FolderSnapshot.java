package dev.meridian.core.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of every file under a folder, keyed by relative path: equal snapshots mean nothing changed. */
record FolderSnapshot(Map<String, String> hashes) {

    static FolderSnapshot of(Path dir) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(hashes);
    }

    /** The snapshot without one file, e.g. the database file an open vault's background writer may flush. */
    FolderSnapshot without(String relativePath) {
        Map<String, String> rest = new TreeMap<>(hashes);
        rest.remove(relativePath);
        return new FolderSnapshot(rest);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
