package dev.meridian.core.backup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshots on a target, decrypted. Snapshot objects that cannot be read with these keys
 * (damaged, or written by another vault) are listed separately, never silently dropped.
 *
 * @param snapshots  readable snapshots, newest first
 * @param unreadable snapshot id to the reason it cannot be read
 */
public record SnapshotCatalog(List<SnapshotManifest> snapshots, Map<String, String> unreadable) {

    public SnapshotCatalog {
        snapshots = List.copyOf(snapshots);
        unreadable = Map.copyOf(unreadable);
    }

    public static SnapshotCatalog read(BackupTarget target, ObjectCipher cipher) throws IOException {
        List<SnapshotManifest> readable = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String name : target.list(RepositoryLayout.SNAPSHOTS)) {
            String id = RepositoryLayout.snapshotId(name);
            try {
                readable.add(SnapshotCodec.decode(target.get(name), id, cipher));
            } catch (DamagedObjectException | MissingObjectException e) {
                unreadable.put(id, e.getMessage());
            }
        }
        readable.sort(Comparator.comparing(SnapshotManifest::createdAt).reversed().thenComparing(SnapshotManifest::id));
        return new SnapshotCatalog(readable, unreadable);
    }

    public SnapshotManifest require(String id) {
        return snapshots.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no readable snapshot " + id + " on this target."));
    }
}
