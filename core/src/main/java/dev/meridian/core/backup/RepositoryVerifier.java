package dev.meridian.core.backup;

import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Downloads every snapshot and every chunk they use, checks each chunk's authentication tag, its
 * content address and its length, and reports which snapshots could not be restored.
 */
public final class RepositoryVerifier {

    private final BackupTarget target;
    private final ObjectCipher cipher;

    public RepositoryVerifier(BackupTarget target, ObjectCipher cipher) {
        this.target = target;
        this.cipher = cipher;
    }

    public VerifyReport verify(Progress progress) throws IOException {
        progress.update(0, 1, "Reading snapshots on " + target.describe());
        SnapshotCatalog catalog = SnapshotCatalog.read(target, cipher);
        Map<String, String> broken = new LinkedHashMap<>(catalog.unreadable());
        Map<String, Integer> lengths = new HashMap<>();
        for (SnapshotManifest snapshot : catalog.snapshots()) {
            for (ChunkRef chunk : snapshot.chunks()) {
                lengths.putIfAbsent(chunk.id(), chunk.length());
            }
        }
        Set<String> stored = new HashSet<>();
        for (String name : target.list(RepositoryLayout.DATA)) {
            stored.add(RepositoryLayout.chunkId(name));
        }
        Map<String, String> damaged = new LinkedHashMap<>();
        long total = lengths.values().stream().mapToLong(Integer::longValue).sum();
        long checked = 0;
        for (Map.Entry<String, Integer> chunk : lengths.entrySet()) {
            progress.checkCancelled();
            String problem = check(chunk.getKey(), chunk.getValue(), stored);
            if (problem != null) {
                damaged.put(chunk.getKey(), problem);
            }
            checked += chunk.getValue();
            progress.update(checked, total, "Verifying: " + (checked >> 20) + " of " + (total >> 20) + " MiB");
        }
        for (SnapshotManifest snapshot : catalog.snapshots()) {
            Set<String> lacking = new LinkedHashSet<>();
            snapshot.chunks().stream().map(ChunkRef::id).filter(damaged::containsKey).forEach(lacking::add);
            if (!lacking.isEmpty()) {
                broken.put(snapshot.id(), lacking.size() + " of its chunks are missing or damaged");
            }
        }
        stored.removeAll(lengths.keySet());
        return new VerifyReport(catalog.snapshots().size() + catalog.unreadable().size(), lengths.size(), total, damaged, broken,
                stored.size());
    }

    private String check(String id, int length, Set<String> stored) throws IOException {
        if (!stored.contains(id)) {
            return "missing";
        }
        try {
            byte[] plain = cipher.openChunk(target.get(RepositoryLayout.chunkName(id)), id);
            return plain.length == length ? null : "has " + plain.length + " bytes instead of " + length;
        } catch (DamagedObjectException e) {
            return "fails authentication";
        } catch (MissingObjectException e) {
            return "missing";
        }
    }
}
