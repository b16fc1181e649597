package dev.meridian.sync.bench;

import static dev.meridian.core.db.generated.Tables.SETTING;

import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.backup.FolderTarget;
import dev.meridian.core.backup.ObjectCipher;
import dev.meridian.core.backup.SnapshotManifest;
import dev.meridian.core.backup.SnapshotWriter;
import dev.meridian.core.backup.VaultBackup;
import dev.meridian.core.backup.VaultCopy;
import dev.meridian.core.backup.VaultRestorer;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.work.Progress;
import dev.meridian.sync.backup.LocalS3Server;
import dev.meridian.sync.backup.S3Target;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Backup and restore throughput of a generated vault to a local folder and to a local S3 server
 * (s3proxy, filesystem store), and the bytes a second backup sends after a 1 % change.
 * Argument: vault size in MiB (default 1024). Reference measured in the same run: a plain file
 * copy of the H2 online-backup output, i.e. what the disk alone allows.
 */
public final class BackupBenchmark {

    private static final int ROW_CHARS = 4000;
    /** Rows appended by earlier rounds; each round appends after them. */
    private static int appendedRows;

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        Path work = Files.createTempDirectory("meridian-backup-bench");
        char[] password = "benchmark password".toCharArray();
        try (Vault vault = new VaultFolder(work.resolve("vault")).create(password, KdfParams.light()).vault()) {
            int rows = (int) ((long) mib * 1024 * 1024 / (ROW_CHARS + 100));
            long t0 = System.nanoTime();
            fill(vault, 0, rows, 1);
            System.out.printf("generated %d rows in %.1f s%n", rows, seconds(t0));
            long size = baseline(vault, work);

            report("folder", vault, new FolderTarget(work.resolve("folder-repo")), work.resolve("restored-folder"), password, size, rows);
            try (LocalS3Server s3 = new LocalS3Server("bench", Files.createDirectories(work.resolve("s3-store")))) {
                Files.createDirectories(work.resolve("s3-store/bench"));
                try (S3Target target = new S3Target(s3.settings("bench", "vault"))) {
                    report("s3 (s3proxy, localhost)", vault, target, work.resolve("restored-s3"), password, size, rows);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The disk's own speed for the same bytes: H2's online copy, then one plain read of it. */
    private static long baseline(Vault vault, Path work) throws Exception {
        long t0 = System.nanoTime();
        try (VaultCopy copy = VaultCopy.take(vault)) {
            double copySeconds = seconds(t0);
            long t1 = System.nanoTime();
            try (InputStream in = copy.open()) {
                Files.copy(in, work.resolve("plain-copy.mv.db"));
            }
            double readSeconds = seconds(t1);
            Files.delete(work.resolve("plain-copy.mv.db"));
            System.out.printf("vault file %.0f MiB; H2 online copy (zip, stored) %.1f s = %.0f MiB/s; unzip+plain write %.1f s = %.0f MiB/s%n",
                    copy.size() / 1048576.0, copySeconds, copy.size() / 1048576.0 / copySeconds, readSeconds,
                    copy.size() / 1048576.0 / readSeconds);
            return copy.size();
        }
    }

    private static void report(String name, Vault vault, BackupTarget target, Path restoreTo, char[] password, long size, int rows) throws Exception {
        Counting counting = new Counting(target);
        long t0 = System.nanoTime();
        SnapshotManifest first = new VaultBackup(Clock.systemUTC()).backUp(vault, new SnapshotWriter(counting, new ObjectCipher(vault.backupKeys())), Progress.NONE);
        double backupSeconds = seconds(t0);
        long t1 = System.nanoTime();
        new VaultRestorer(target).restoreWithPassword(first.id(), password.clone(), restoreTo, Progress.NONE);
        double restoreSeconds = seconds(t1);
        System.out.printf("%s: first backup %.0f MiB in %.1f s = %.0f MiB/s (%d chunks, %.0f MiB sent); restore %.1f s = %.0f MiB/s%n", name,
                first.sizeBytes() / 1048576.0, backupSeconds, first.sizeBytes() / 1048576.0 / backupSeconds, first.chunks().size(),
                counting.bytes.get() / 1048576.0, restoreSeconds, first.sizeBytes() / 1048576.0 / restoreSeconds);

        int changed = rows / 100;
        fill(vault, rows + appendedRows, rows + appendedRows + changed, 2 + appendedRows);
        appendedRows += changed;
        counting.bytes.set(0);
        SnapshotManifest appended = new VaultBackup(Clock.systemUTC()).backUp(vault, new SnapshotWriter(counting, new ObjectCipher(vault.backupKeys())), Progress.NONE);
        System.out.printf("%s: after appending 1%% rows: sent %.1f MiB = %.2f%% of the vault (%d new of %d chunks)%n", name,
                counting.bytes.get() / 1048576.0, 100.0 * counting.bytes.get() / appended.sizeBytes(), appended.newChunks(), appended.chunks().size());

        Random random = new Random(3);
        for (int i = 0; i < changed; i++) {
            int row = random.nextInt(rows);
            vault.dsl().update(SETTING).set(SETTING.SETTING_VALUE, text(random)).where(SETTING.SETTING_KEY.eq(key(row))).execute();
        }
        counting.bytes.set(0);
        SnapshotManifest updated = new VaultBackup(Clock.systemUTC()).backUp(vault, new SnapshotWriter(counting, new ObjectCipher(vault.backupKeys())), Progress.NONE);
        System.out.printf("%s: after rewriting 1%% of rows at random: sent %.1f MiB = %.2f%% of the vault (%d new of %d chunks)%n", name,
                counting.bytes.get() / 1048576.0, 100.0 * counting.bytes.get() / updated.sizeBytes(), updated.newChunks(), updated.chunks().size());
    }

    private static void fill(Vault vault, int from, int to, long seed) {
        Random random = new Random(seed);
        for (int start = from; start < to; start += 1000) {
            var insert = vault.dsl().insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
            for (int i = start; i < Math.min(to, start + 1000); i++) {
                insert = insert.values(key(i), text(random));
            }
            insert.execute();
        }
    }

    private static String key(int row) {
        return String.format("bench-%09d", row);
    }

    private static String text(Random random) {
        char[] chars = new char[ROW_CHARS];
        for (int i = 0; i < chars.length; i++) chars[i] = (char) ('a' + random.nextInt(26));
        return new String(chars);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static final class Counting implements BackupTarget {
        private final BackupTarget inner;
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        Counting(BackupTarget inner) { this.inner = inner; }
        @Override public boolean putIfAbsent(String name, byte[] content) throws java.io.IOException {
            boolean stored = inner.putIfAbsent(name, content);
            if (stored) bytes.addAndGet(content.length);
            return stored;
        }
        @Override public byte[] get(String name) throws java.io.IOException { return inner.get(name); }
        @Override public boolean exists(String name) throws java.io.IOException { return inner.exists(name); }
        @Override public java.util.List<String> list(String prefix) throws java.io.IOException { return inner.list(prefix); }
        @Override public void delete(String name) throws java.io.IOException { inner.delete(name); }
        @Override public String describe() { return inner.describe(); }
    }
}
