package dev.meridian.core.backup;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Object names in a backup repository: {@code data/<chunk id>} and {@code snapshots/<random id>}. */
public final class RepositoryLayout {

    public static final String DATA = "data/";
    public static final String SNAPSHOTS = "snapshots/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RepositoryLayout() {
    }

    public static String chunkName(String chunkId) {
        return DATA + chunkId;
    }

    public static String chunkId(String objectName) {
        return objectName.substring(DATA.length());
    }

    public static String snapshotName(String snapshotId) {
        return SNAPSHOTS + snapshotId;
    }

    public static String snapshotId(String objectName) {
        return objectName.substring(SNAPSHOTS.length());
    }

    /** 128 random bits: the name says nothing about time or content. */
    public static String newSnapshotId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static boolean isChunkId(String id) {
        return id.length() == 64 && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
