package dev.meridian.core.backup;

import static dev.meridian.core.db.generated.Tables.SETTING;

import dev.meridian.core.vault.CreatedVault;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import java.io.IOException;
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

/** A small vault with a few MB of settings rows, and targets that count or fail. */
final class BackupFixture {

    static final String PASSWORD = "correct horse battery staple";
    static final String MARKER = "MERIDIAN-PLAINTEXT-MARKER-7f3a";

    private BackupFixture() {
    }

    static CreatedVault createVault(Path dir, int rows, long seed) throws VaultException {
        CreatedVault created = new VaultFolder(dir).create(PASSWORD.toCharArray(), KdfParams.light());
        fill(created.vault(), 0, rows, seed);
        created.vault().dsl().insertInto(SETTING).set(SETTING.SETTING_KEY, "marker").set(SETTING.SETTING_VALUE, MARKER).execute();
        return created;
    }

    static void fill(Vault vault, int from, int to, long seed) {
        Random random = new Random(seed);
        var insert = vault.dsl().insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE);
        for (int i = from; i < to; i++) {
            insert = insert.values(String.format("row-%06d", i), randomText(random, 1500));
        }
        insert.execute();
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    static Map<String, String> rows(Vault vault) {
        Map<String, String> rows = new TreeMap<>();
        vault.dsl().selectFrom(SETTING).forEach(r -> rows.put(r.getSettingKey(), r.getSettingValue()));
        return rows;
    }

    /** Small chunks so that a few-MB test vault has many. */
    static SnapshotWriter writer(BackupTarget target, Vault vault) {
        return new SnapshotWriter(target, new ObjectCipher(vault.backupKeys()), 2, in -> new ContentChunker(in, 8 * 1024, 32 * 1024, 128 * 1024));
    }

    static VaultBackup backup(Instant at) {
        return new VaultBackup(Clock.fixed(at, ZoneOffset.UTC));
    }

    /** Counts what goes through to another target. */
    static final class CountingTarget implements BackupTarget {
        final BackupTarget inner;
        final AtomicInteger puts = new AtomicInteger();
        final AtomicLong putBytes = new AtomicLong();

        CountingTarget(BackupTarget inner) {
            this.inner = inner;
        }

        void reset() {
            puts.set(0);
            putBytes.set(0);
        }

        @Override public boolean putIfAbsent(String name, byte[] content) throws IOException {
            boolean stored = inner.putIfAbsent(name, content);
            if (stored) {
                puts.incrementAndGet();
                putBytes.addAndGet(content.length);
            }
            return stored;
        }
        @Override public byte[] get(String name) throws IOException { return inner.get(name); }
        @Override public boolean exists(String name) throws IOException { return inner.exists(name); }
        @Override public List<String> list(String prefix) throws IOException { return inner.list(prefix); }
        @Override public void delete(String name) throws IOException { inner.delete(name); }
        @Override public String describe() { return inner.describe(); }
    }

    /** Accepts {@code allowed} uploads, then fails every further one like a dropped connection. */
    static final class FailingTarget implements BackupTarget {
        final BackupTarget inner;
        final AtomicInteger remaining;

        FailingTarget(BackupTarget inner, int allowed) {
            this.inner = inner;
            this.remaining = new AtomicInteger(allowed);
        }

        @Override public boolean putIfAbsent(String name, byte[] content) throws IOException {
            if (remaining.getAndDecrement() <= 0) {
                throw new IOException("connection reset (simulated)");
            }
            return inner.putIfAbsent(name, content);
        }
        @Override public byte[] get(String name) throws IOException { return inner.get(name); }
        @Override public boolean exists(String name) throws IOException { return inner.exists(name); }
        @Override public List<String> list(String prefix) throws IOException { return inner.list(prefix); }
        @Override public void delete(String name) throws IOException { inner.delete(name); }
        @Override public String describe() { return inner.describe(); }
    }
}
