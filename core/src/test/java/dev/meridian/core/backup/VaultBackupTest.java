package dev.meridian.core.backup;

import static dev.meridian.core.backup.BackupFixture.MARKER;
import static dev.meridian.core.backup.BackupFixture.PASSWORD;
import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.backup.BackupFixture.CountingTarget;
import dev.meridian.core.backup.BackupFixture.FailingTarget;
import dev.meridian.core.vault.CreatedVault;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultBackupTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir Path tmp;
    private CreatedVault created;
    private Vault vault;
    private FolderTarget folder;
    private CountingTarget target;

    @BeforeEach
    void setUp() throws Exception {
        created = BackupFixture.createVault(tmp.resolve("vault"), 2000, 1);
        vault = created.vault();
        folder = new FolderTarget(tmp.resolve("backups"));
        target = new CountingTarget(folder);
    }

    @AfterEach
    void tearDown() {
        vault.close();
    }

    private SnapshotManifest backUp(BackupTarget to, Instant at) throws Exception {
        return BackupFixture.backup(at).backUp(vault, BackupFixture.writer(to, vault), Progress.NONE);
    }

    private ObjectCipher cipher() {
        return new ObjectCipher(vault.backupKeys());
    }

    @Test
    void restoredVaultHasTheSameRowsAsTheOriginal() throws Exception {
        SnapshotManifest snapshot = backUp(target, T0);
        Map<String, String> original = BackupFixture.rows(vault);
        vault.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "changed after backup").where(SETTING.SETTING_KEY.eq("row-000001")).execute();

        Path restored = new VaultRestorer(folder).restoreWithPassword(snapshot.id(), PASSWORD.toCharArray(), tmp.resolve("restored"), Progress.NONE);

        try (Vault copy = new VaultFolder(restored).unlock(PASSWORD.toCharArray())) {
            assertThat(BackupFixture.rows(copy)).hasSize(2001).isEqualTo(original);
        }
        assertThat(snapshot.chunks()).hasSizeGreaterThan(20);
        assertThat(snapshot.newChunks()).isEqualTo(snapshot.chunks().size());
    }

    @Test
    void recoveryCodeAlsoRestores() throws Exception {
        SnapshotManifest snapshot = backUp(target, T0);
        Path restored = new VaultRestorer(folder).restoreWithRecoveryCode(snapshot.id(), created.recoveryCode(), tmp.resolve("r"), Progress.NONE);
        try (Vault copy = new VaultFolder(restored).unlockWithRecoveryCode(created.recoveryCode())) {
            assertThat(BackupFixture.rows(copy)).containsEntry("marker", MARKER);
        }
    }

    @Test
    void secondBackupAfterASmallChangeUploadsOnlyChangedChunks() throws Exception {
        SnapshotManifest first = backUp(target, T0);
        long firstBytes = target.putBytes.get();
        target.reset();
        vault.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "a small edit").where(SETTING.SETTING_KEY.eq("row-001000")).execute();

        SnapshotManifest second = backUp(target, T0.plusSeconds(3600));

        assertThat(second.reusedChunks()).isGreaterThan(second.chunks().size() / 2);
        assertThat(target.putBytes.get()).isLessThan(firstBytes / 4);
        assertThat(second.uploadedBytes()).isPositive().isLessThan(firstBytes / 4);
        assertThat(SnapshotCatalog.read(folder, cipher()).snapshots()).extracting(SnapshotManifest::id).containsExactly(second.id(), first.id());
    }

    @Test
    void wrongPasswordRestoresNothing() throws Exception {
        SnapshotManifest snapshot = backUp(target, T0);
        Path dest = tmp.resolve("restored");
        assertThatThrownBy(() -> new VaultRestorer(folder).restoreWithPassword(snapshot.id(), "wrong".toCharArray(), dest, Progress.NONE))
                .isInstanceOf(VaultException.class)
                .satisfies(e -> assertThat(((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_PASSWORD));
        assertThat(dest).doesNotExist();
    }

    @Test
    void restoreNeverWritesIntoANonEmptyFolder() throws Exception {
        SnapshotManifest snapshot = backUp(target, T0);
        byte[] before = Files.readAllBytes(vault.folder().resolve("vault.header"));
        assertThatThrownBy(() -> new VaultRestorer(folder).restoreWithPassword(snapshot.id(), PASSWORD.toCharArray(), vault.folder(), Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("not empty");
        assertThat(Files.readAllBytes(vault.folder().resolve("vault.header"))).isEqualTo(before);
        assertThat(BackupFixture.rows(vault)).containsEntry("marker", MARKER);
    }

    @Test
    void theOnlineCopyIsStillTheEncryptedFile() throws Exception {
        try (VaultCopy copy = VaultCopy.take(vault); java.io.InputStream in = copy.open()) {
            byte[] data = in.readAllBytes();
            assertThat(data).hasSize((int) copy.size());
            assertThat(new String(data, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
            assertThat(indexOf(data, MARKER.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
            assertThat(copy.header()).isEqualTo(Files.readAllBytes(vault.folder().resolve("vault.header")));
        }
    }

    @Test
    void uploadedBytesNeverContainKnownPlaintext() throws Exception {
        backUp(target, T0);
        byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
        byte[] row = BackupFixture.rows(vault).get("row-000005").substring(0, 40).getBytes(StandardCharsets.UTF_8);
        List<String> names = folder.list("");
        assertThat(names).anyMatch(n -> n.startsWith("data/")).anyMatch(n -> n.startsWith("snapshots/"));
        for (String name : names) {
            byte[] blob = folder.get(name);
            assertThat(indexOf(blob, marker)).as(name).isEqualTo(-1);
            assertThat(indexOf(blob, row)).as(name).isEqualTo(-1);
            assertThat(indexOf(blob, "H2encrypt".getBytes(StandardCharsets.US_ASCII))).as(name).isEqualTo(-1);
        }
    }

    @Test
    void verifyDetectsTamperedTruncatedAndMissingChunksAndRestoreRefuses() throws Exception {
        SnapshotManifest snapshot = backUp(target, T0);
        assertThat(new RepositoryVerifier(folder, cipher()).verify(Progress.NONE).ok()).isTrue();
        List<ChunkRef> chunks = snapshot.chunks();
        Path tampered = folder.root().resolve(RepositoryLayout.chunkName(chunks.get(1).id()));
        byte[] bytes = Files.readAllBytes(tampered);
        bytes[bytes.length / 2] ^= 1;
        Files.write(tampered, bytes);
        Path truncated = folder.root().resolve(RepositoryLayout.chunkName(chunks.get(2).id()));
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 100));
        Files.delete(folder.root().resolve(RepositoryLayout.chunkName(chunks.get(3).id())));

        VerifyReport report = new RepositoryVerifier(folder, cipher()).verify(Progress.NONE);

        assertThat(report.ok()).isFalse();
        assertThat(report.damagedChunks()).containsEntry(chunks.get(1).id(), "fails authentication")
                .containsEntry(chunks.get(2).id(), "fails authentication").containsEntry(chunks.get(3).id(), "missing");
        assertThat(report.brokenSnapshots()).containsOnlyKeys(snapshot.id());
        Path dest = tmp.resolve("restored");
        assertThatThrownBy(() -> new VaultRestorer(folder).restoreWithPassword(snapshot.id(), PASSWORD.toCharArray(), dest, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("data/");
        assertThat(dest).doesNotExist();
    }

    @Test
    void aTamperedSnapshotIsReportedAndNotRestored() throws Exception {
        SnapshotManifest snapshot = backUp(target, T0);
        Path file = folder.root().resolve(RepositoryLayout.snapshotName(snapshot.id()));
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 1;
        Files.write(file, bytes);

        VerifyReport report = new RepositoryVerifier(folder, cipher()).verify(Progress.NONE);
        assertThat(report.brokenSnapshots()).containsOnlyKeys(snapshot.id());
        assertThatThrownBy(() -> new VaultRestorer(folder).restoreWithPassword(snapshot.id(), PASSWORD.toCharArray(), tmp.resolve("r"), Progress.NONE))
                .isInstanceOf(DamagedObjectException.class);
    }

    @Test
    void interruptedUploadLeavesEarlierSnapshotsIntactAndTheNextRunCompletes() throws Exception {
        SnapshotManifest first = backUp(target, T0);
        BackupFixture.fill(vault, 2000, 2600, 2);
        List<String> before = folder.list("");

        assertThatThrownBy(() -> backUp(new FailingTarget(folder, 3), T0.plusSeconds(60))).isInstanceOf(IOException.class);

        SnapshotCatalog afterFailure = SnapshotCatalog.read(folder, cipher());
        assertThat(afterFailure.snapshots()).extracting(SnapshotManifest::id).containsExactly(first.id());
        assertThat(folder.list("")).containsAll(before);
        assertThat(new RepositoryVerifier(folder, cipher()).verify(Progress.NONE).ok()).isTrue();

        SnapshotManifest second = backUp(target, T0.plusSeconds(120));
        assertThat(SnapshotCatalog.read(folder, cipher()).snapshots()).extracting(SnapshotManifest::id).containsExactly(second.id(), first.id());
        Map<String, String> expected = BackupFixture.rows(vault);
        Path restored = new VaultRestorer(folder).restoreWithPassword(second.id(), PASSWORD.toCharArray(), tmp.resolve("r"), Progress.NONE);
        try (Vault copy = new VaultFolder(restored).unlock(PASSWORD.toCharArray())) {
            System.out.println("DEBUG tables " + copy.dsl().fetch("select table_name from information_schema.tables where table_schema='PUBLIC'").size()
                + " size " + second.sizeBytes() + " file " + Files.size(restored.resolve("vault.mv.db")));
            assertThat(BackupFixture.rows(copy)).hasSize(2601).isEqualTo(expected);
        }
    }

    @Test
    void cancelStopsTheRunWithoutWritingASnapshot() throws Exception {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterAFewChunks = new Progress() {
            @Override public void update(long done, long total, String message) { updates.incrementAndGet(); }
            @Override public boolean isCancelled() { return updates.get() > 5; }
        };
        assertThatThrownBy(() -> BackupFixture.backup(T0).backUp(vault, BackupFixture.writer(target, vault), cancelAfterAFewChunks))
                .isInstanceOf(CancelledException.class);
        assertThat(folder.list("snapshots/")).isEmpty();
    }

    @Test
    void pruneKeepsEveryChunkAKeptSnapshotNeeds() throws Exception {
        SnapshotManifest oldest = backUp(target, T0);
        BackupFixture.fill(vault, 2000, 2400, 3);
        backUp(target, T0.plus(java.time.Duration.ofDays(1)));
        vault.dsl().deleteFrom(SETTING).where(SETTING.SETTING_KEY.lt("row-000800")).execute();
        SnapshotManifest newest = backUp(target, T0.plus(java.time.Duration.ofDays(2)));
        int chunksBefore = folder.list("data/").size();

        PruneResult result = new RepositoryPruner(folder, cipher()).prune(new RetentionPolicy(1, 0, 0, 0), java.time.ZoneOffset.UTC, Progress.NONE);

        assertThat(result.snapshotsDeleted()).isEqualTo(2);
        assertThat(result.chunksDeleted()).isPositive();
        assertThat(folder.list("data/")).hasSize(chunksBefore - result.chunksDeleted());
        assertThat(folder.list("data/")).hasSize((int) newest.chunks().stream().map(ChunkRef::id).distinct().count());
        assertThat(SnapshotCatalog.read(folder, cipher()).snapshots()).extracting(SnapshotManifest::id).containsExactly(newest.id());
        assertThat(new RepositoryVerifier(folder, cipher()).verify(Progress.NONE).ok()).isTrue();
        assertThat(folder.exists(RepositoryLayout.snapshotName(oldest.id()))).isFalse();
        Path restored = new VaultRestorer(folder).restoreWithPassword(newest.id(), PASSWORD.toCharArray(), tmp.resolve("r"), Progress.NONE);
        try (Vault copy = new VaultFolder(restored).unlock(PASSWORD.toCharArray())) {
            assertThat(BackupFixture.rows(copy)).isEqualTo(BackupFixture.rows(vault));
        }
    }

    @Test
    void pruneRefusesToSweepWhenASnapshotCannotBeRead() throws Exception {
        backUp(target, T0);
        folder.putIfAbsent(RepositoryLayout.snapshotName(RepositoryLayout.newSnapshotId()), "not a snapshot".getBytes(StandardCharsets.UTF_8));
        int chunks = folder.list("data/").size();
        assertThatThrownBy(() -> new RepositoryPruner(folder, cipher()).prune(new RetentionPolicy(1, 0, 0, 0), java.time.ZoneOffset.UTC, Progress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot be read");
        assertThat(folder.list("data/")).hasSize(chunks);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
