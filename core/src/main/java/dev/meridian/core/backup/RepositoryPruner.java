package dev.meridian.core.backup;

import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Forgets the snapshots a {@link RetentionPolicy} does not keep, then deletes chunks no remaining
 * snapshot lists (mark and sweep). It refuses to sweep while any snapshot cannot be read, because
 * it could not know which chunks that snapshot needs. Snapshots go first, chunks second: a prune
 * interrupted in between only leaves unused chunks for the next prune.
 *
 * <p>Must not run at the same time as a backup to the same target (the app runs backup jobs one
 * at a time): chunks uploaded by a run whose snapshot is not yet written look unused.
 */
public final class RepositoryPruner {

    private final BackupTarget target;
    private final ObjectCipher cipher;

    public RepositoryPruner(BackupTarget target, ObjectCipher cipher) {
        this.target = target;
        this.cipher = cipher;
    }

    public PruneResult prune(RetentionPolicy policy, ZoneId zone, Progress progress) throws IOException {
        progress.update(0, 1, "Reading snapshots on " + target.describe());
        SnapshotCatalog catalog = SnapshotCatalog.read(target, cipher);
        if (!catalog.unreadable().isEmpty()) {
            throw new IOException("Pruning stopped: " + catalog.unreadable().size()
                    + " snapshots on " + target.describe() + " cannot be read, so the chunks they need are unknown. Run Verify.");
        }
        Set<String> kept = policy.keep(catalog.snapshots(), zone);
        List<SnapshotManifest> forgotten = catalog.snapshots().stream().filter(s -> !kept.contains(s.id())).toList();
        for (SnapshotManifest snapshot : forgotten) {
            progress.checkCancelled();
            target.delete(RepositoryLayout.snapshotName(snapshot.id()));
        }
        Set<String> marked = new HashSet<>();
        catalog.snapshots().stream().filter(s -> kept.contains(s.id())).forEach(s -> s.chunks().forEach(c -> marked.add(c.id())));
        List<String> unused = target.list(RepositoryLayout.DATA).stream().filter(n -> !marked.contains(RepositoryLayout.chunkId(n))).toList();
        int done = 0;
        for (String name : unused) {
            progress.checkCancelled();
            target.delete(name);
            progress.update(++done, unused.size(), "Deleting unused chunks");
        }
        return new PruneResult(kept.size(), forgotten.size(), unused.size());
    }
}
