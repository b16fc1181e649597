package dev.meridian.sync.backup;

import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.backup.ContentChunker;
import dev.meridian.core.backup.MissingObjectException;
import dev.meridian.core.backup.ObjectCipher;
import dev.meridian.core.backup.RepositoryLayout;
import dev.meridian.core.backup.RepositoryVerifier;
import dev.meridian.core.backup.SnapshotCatalog;
import dev.meridian.core.backup.SnapshotManifest;
import dev.meridian.core.backup.SnapshotWriter;
import dev.meridian.core.backup.VaultBackup;
import dev.meridian.core.backup.VaultRestorer;
import dev.meridian.core.backup.VerifyReport;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same backup behaviour, proved against each real remote server. */
abstract class RemoteTargetContract {

    static final String PASSWORD = "correct horse battery staple";
    static final String MARKER = "MERIDIAN-PLAINTEXT-MARKER-c41d";

    @TempDir Path tmp;
    Vault vault;

    /** A fresh, empty target on a running server. */
    abstract BackupTarget target() throws Exception;

    @BeforeEach
    void createVault() throws Exception {
        vault = new VaultFolder(tmp.resolve("vault")).create(PASSWORD.toCharArray(), KdfParams.light()).vault();
        fill(0, 1500, 1);
        vault.dsl().insertInto(SETTING).set(SETTING.SETTING_KEY, "marker").set(SETTING.SETTING_VALUE, MARKER).execute();
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private void fill(int from, int to, long seed) {
        Random random = new Random(seed);
        var insert = vault.dsl().insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        for (int i = from; i < to; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 1500; j++) text.append((char) ('a' + random.nextInt(26)));
            insert = insert.values(String.format("row-%06d", i), text.toString());
        }
        insert.execute();
    }

    private Map<String, String> rows(Vault v) {
        Map<String, String> rows = new TreeMap<>();
        v.dsl().selectFrom(SETTING).forEach(r -> rows.put(r.getSettingKey(), r.getSettingValue()));
        return rows;
    }

    private SnapshotManifest backUp(BackupTarget target, Instant at) throws Exception {
        SnapshotWriter writer = new SnapshotWriter(target, new ObjectCipher(vault.backupKeys()), 2,
                in -> new ContentChunker(in, 8 * 1024, 32 * 1024, 128 * 1024));
        return new VaultBackup(Clock.fixed(at, ZoneOffset.UTC)).backUp(vault, writer, Progress.NONE);
    }

    @Test
    void objectsAreWriteOnceListedByPrefixAndDeletable() throws Exception {
        try (BackupTarget target = target()) {
            target.testConnection();
            assertThat(target.putIfAbsent("data/aa", new byte[] {1, 2})).isTrue();
            assertThat(target.putIfAbsent("data/aa", new byte[] {9})).isFalse();
            assertThat(target.putIfAbsent("snapshots/bb", new byte[] {3})).isTrue();
            assertThat(target.get("data/aa")).containsExactly(1, 2);
            assertThat(target.list("data/")).containsExactly("data/aa");
            assertThat(target.list("")).containsExactlyInAnyOrder("data/aa", "snapshots/bb");
            target.delete("data/aa");
            target.delete("data/aa");
            assertThat(target.exists("data/aa")).isFalse();
            assertThatThrownBy(() -> target.get("data/aa")).isInstanceOf(MissingObjectException.class);
        }
    }

    @Test
    void roundTripIncrementalAndNoPlaintextOnTheServer() throws Exception {
        try (BackupTarget target = target()) {
            Counting counting = new Counting(target);
            SnapshotManifest first = backUp(counting, Instant.parse("2026-11-01T00:00:00Z"));
            long firstBytes = counting.bytes.get();
            vault.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "edited").where(SETTING.SETTING_KEY.eq("row-000700")).execute();
            counting.bytes.set(0);
            SnapshotManifest second = backUp(counting, Instant.parse("2026-11-02T00:00:00Z"));

            assertThat(counting.bytes.get()).isPositive().isLessThan(firstBytes / 4);
            assertThat(second.reusedChunks()).isGreaterThan(second.chunks().size() / 2);
            Map<String, String> expected = rows(vault);
            Path restored = new VaultRestorer(target).restoreWithPassword(second.id(), PASSWORD.toCharArray(), tmp.resolve("restored"), Progress.NONE);
            try (Vault copy = new VaultFolder(restored).unlock(PASSWORD.toCharArray())) {
                assertThat(rows(copy)).isEqualTo(expected).containsEntry("row-000700", "edited");
            }
            assertThat(SnapshotCatalog.read(target, new ObjectCipher(vault.backupKeys())).snapshots())
                    .extracting(SnapshotManifest::id).containsExactly(second.id(), first.id());
            String marker = MARKER;
            for (String name : target.list("")) {
                assertThat(new String(target.get(name), StandardCharsets.ISO_8859_1)).as(name).doesNotContain(marker).doesNotContain("H2encrypt");
            }
        }
    }

    @Test
    void tamperedAndMissingChunksAreReportedAndRestoreRefuses() throws Exception {
        try (BackupTarget target = target()) {
            SnapshotManifest snapshot = backUp(target, Instant.parse("2026-11-01T00:00:00Z"));
            String tampered = RepositoryLayout.chunkName(snapshot.chunks().get(1).id());
            byte[] bytes = target.get(tampered);
            bytes[bytes.length - 5] ^= 1;
            target.delete(tampered);
            target.putIfAbsent(tampered, bytes);
            target.delete(RepositoryLayout.chunkName(snapshot.chunks().get(2).id()));

            VerifyReport report = new RepositoryVerifier(target, new ObjectCipher(vault.backupKeys())).verify(Progress.NONE);

            assertThat(report.damagedChunks()).containsEntry(snapshot.chunks().get(1).id(), "fails authentication")
                    .containsEntry(snapshot.chunks().get(2).id(), "missing");
            assertThat(report.brokenSnapshots()).containsOnlyKeys(snapshot.id());
            assertThatThrownBy(() -> new VaultRestorer(target).restoreWithPassword(snapshot.id(), PASSWORD.toCharArray(), tmp.resolve("r"), Progress.NONE))
                    .isInstanceOf(IOException.class);
            assertThat(tmp.resolve("r")).doesNotExist();
        }
    }

    @Test
    void interruptedRunKeepsEarlierSnapshotsAndTheNextRunCompletes() throws Exception {
        try (BackupTarget target = target()) {
            SnapshotManifest first = backUp(target, Instant.parse("2026-11-01T00:00:00Z"));
            fill(1500, 1800, 2);
            assertThatThrownBy(() -> backUp(new FailAfter(target, 4), Instant.parse("2026-11-02T00:00:00Z"))).isInstanceOf(IOException.class);
            ObjectCipher cipher = new ObjectCipher(vault.backupKeys());
            assertThat(SnapshotCatalog.read(target, cipher).snapshots()).extracting(SnapshotManifest::id).containsExactly(first.id());
            assertThat(new RepositoryVerifier(target, cipher).verify(Progress.NONE).ok()).isTrue();

            SnapshotManifest second = backUp(target, Instant.parse("2026-11-03T00:00:00Z"));
            assertThat(new RepositoryVerifier(target, cipher).verify(Progress.NONE).ok()).isTrue();
            Path restored = new VaultRestorer(target).restoreWithPassword(second.id(), PASSWORD.toCharArray(), tmp.resolve("r"), Progress.NONE);
            try (Vault copy = new VaultFolder(restored).unlock(PASSWORD.toCharArray())) {
                assertThat(rows(copy)).hasSize(1801);
            }
        }
    }

    @Test
    void wrongPasswordCannotRestore() throws Exception {
        try (BackupTarget target = target()) {
            SnapshotManifest snapshot = backUp(target, Instant.parse("2026-11-01T00:00:00Z"));
            assertThatThrownBy(() -> new VaultRestorer(target).restoreWithPassword(snapshot.id(), "guess".toCharArray(), tmp.resolve("r"), Progress.NONE))
                    .isInstanceOf(VaultException.class).hasMessageContaining("password");
            assertThat(tmp.resolve("r")).doesNotExist();
        }
    }

    private static class Counting extends Delegating {
        final AtomicLong bytes = new AtomicLong();
        Counting(BackupTarget inner) { super(inner); }
        @Override public boolean putIfAbsent(String name, byte[] content) throws IOException {
            boolean stored = inner.putIfAbsent(name, content);
            if (stored) bytes.addAndGet(content.length);
            return stored;
        }
    }

    private static class FailAfter extends Delegating {
        final AtomicInteger left;
        FailAfter(BackupTarget inner, int allowed) { super(inner); left = new AtomicInteger(allowed); }
        @Override public boolean putIfAbsent(String name, byte[] content) throws IOException {
            if (left.getAndDecrement() <= 0) throw new IOException("connection reset (simulated)");
            return inner.putIfAbsent(name, content);
        }
    }

    private abstract static class Delegating implements BackupTarget {
        final BackupTarget inner;
        Delegating(BackupTarget inner) { this.inner = inner; }
        @Override public boolean putIfAbsent(String name, byte[] content) throws IOException { return inner.putIfAbsent(name, content); }
        @Override public byte[] get(String name) throws IOException { return inner.get(name); }
        @Override public boolean exists(String name) throws IOException { return inner.exists(name); }
        @Override public List<String> list(String prefix) throws IOException { return inner.list(prefix); }
        @Override public void delete(String name) throws IOException { inner.delete(name); }
        @Override public String describe() { return inner.describe(); }
        @Override public void close() { }
    }
}
