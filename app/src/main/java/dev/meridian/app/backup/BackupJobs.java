package dev.meridian.app.backup;

import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.backup.ObjectCipher;
import dev.meridian.core.backup.PruneResult;
import dev.meridian.core.backup.RepositoryPruner;
import dev.meridian.core.backup.RepositoryVerifier;
import dev.meridian.core.backup.SnapshotCatalog;
import dev.meridian.core.backup.SnapshotManifest;
import dev.meridian.core.backup.VaultBackup;
import dev.meridian.core.backup.VaultRestorer;
import dev.meridian.core.backup.VerifyReport;
import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.domain.BackupSnapshot;
import dev.meridian.core.domain.BackupStatus;
import dev.meridian.core.repo.BackupRepository;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.work.Progress;
import dev.meridian.sync.backup.BackupTargets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The backup work the screen and the scheduler run, always off the FX thread. Backups and prunes
 * of this vault run one at a time (prune must never see a half-finished run's chunks as unused).
 */
public final class BackupJobs {

    /** What a backup run did, for the snapshot list and the status bar. */
    public record RunResult(BackupDestination destination, SnapshotManifest snapshot, PruneResult prune) { }

    private final Vault vault;
    private final BackupRepository repository;
    private final BackupPreferences preferences;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public BackupJobs(Vault vault, BackupRepository repository, BackupPreferences preferences, Clock clock) {
        this.vault = vault;
        this.repository = repository;
        this.preferences = preferences;
        this.clock = clock;
    }

    public BackupPreferences preferences() {
        return preferences;
    }

    public List<BackupDestination> destinations() {
        return repository.destinations();
    }

    public BackupDestination addDestination(DestinationInput input) {
        byte[] config = BackupTargets.encode(input.toSettings());
        return repository.insertDestination(new BackupDestination(0, input.kind(), input.name().trim(), clock.instant()), config);
    }

    public void removeDestination(long id) {
        repository.deleteDestination(id);
    }

    public void testConnection(DestinationInput input) throws Exception {
        try (BackupTarget target = BackupTargets.open(input.toSettings())) {
            target.testConnection();
        }
    }

    public List<SnapshotManifest> snapshots(long destinationId) throws Exception {
        try (BackupTarget target = open(destinationId)) {
            return SnapshotCatalog.read(target, cipher()).snapshots();
        }
    }

    public RunResult backUp(long destinationId, Progress progress) throws Exception {
        if (!oneAtATime.tryLock()) {
            throw new IllegalStateException("Another backup of this vault is running; try again when it has finished.");
        }
        try (BackupTarget target = open(destinationId)) {
            BackupDestination destination = repository.findDestination(destinationId).orElseThrow();
            SnapshotManifest snapshot = new VaultBackup(clock).backUp(vault, target, progress);
            repository.insertSnapshot(new BackupSnapshot(0, destinationId, snapshot.createdAt(), snapshot.sizeBytes(), snapshot.id(),
                    BackupStatus.COMPLETE));
            preferences.setLastSuccess(snapshot.createdAt());
            PruneResult prune = new RepositoryPruner(target, cipher()).prune(preferences.retention(), ZoneId.systemDefault(), progress);
            return new RunResult(destination, snapshot, prune);
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Backs up to every destination when the daily schedule is on and the last success is a day old. */
    public List<RunResult> backUpIfDue(Progress progress) throws Exception {
        boolean due = preferences.daily()
                && preferences.lastSuccess().map(t -> Duration.between(t, clock.instant()).compareTo(Duration.ofHours(24)) >= 0).orElse(true);
        if (!due) {
            return List.of();
        }
        List<RunResult> results = new java.util.ArrayList<>();
        for (BackupDestination destination : destinations()) {
            results.add(backUp(destination.id(), progress));
        }
        return results;
    }

    public VerifyReport verify(long destinationId, Progress progress) throws Exception {
        try (BackupTarget target = open(destinationId)) {
            return new RepositoryVerifier(target, cipher()).verify(progress);
        }
    }

    public Path restore(long destinationId, String snapshotId, char[] password, Path folder, Progress progress) throws Exception {
        if (folder.toAbsolutePath().normalize().startsWith(vault.folder())) {
            throw new IllegalArgumentException("Restore into a folder outside the open vault's folder " + vault.folder() + ".");
        }
        try (BackupTarget target = open(destinationId)) {
            return new VaultRestorer(target).restoreWithPassword(snapshotId, password, folder, progress);
        }
    }

    private BackupTarget open(long destinationId) {
        BackupDestination destination = repository.findDestination(destinationId)
                .orElseThrow(() -> new IllegalArgumentException("The backup destination " + destinationId + " no longer exists."));
        return BackupTargets.open(destination.kind(), repository.config(destinationId));
    }

    private ObjectCipher cipher() {
        return new ObjectCipher(vault.backupKeys());
    }
}
