package dev.meridian.core.bench;

import dev.meridian.core.db.Database;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Measures (1) unlock time with the default Argon2id costs, median of 5, and (2) a 1,000,000-row
 * batch insert into the encrypted vault versus a plain H2 file, in one run. Not a test: run with
 * {@code ./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.meridian.core.bench.VaultBenchmark}. Results go to docs/benchmarks.md.
 */
public final class VaultBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int WARM_UP_ROWS = 200_000;
    private static final int BATCH = 10_000;
    private static final int UNLOCK_RUNS = 5;
    private static final String TABLE = "bench_transaction";
    private static final String[] PAYEES = {"Migros", "SBB CFF FFS", "Amazon EU S.a.r.l.", "Landlord AG", "Interactive Brokers"};

    private VaultBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Files.createTempDirectory("meridian-vault-bench");
        try {
            System.out.printf("Java %s, %d CPUs, max heap %d MiB, load average %.1f%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            measureUnlock(root.resolve("unlock"));
            measureInserts(root);
        } finally {
            deleteTree(root);
        }
    }

    private static void measureUnlock(Path dir) throws VaultException {
        char[] password = "benchmark password".toCharArray();
        new VaultFolder(dir).create(password.clone(), KdfParams.defaults()).vault().close();
        long[] millis = new long[UNLOCK_RUNS];
        for (int i = 0; i < UNLOCK_RUNS; i++) {
            long start = System.nanoTime();
            try (Vault vault = new VaultFolder(dir).unlock(password.clone())) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("Unlock with default KDF %s: median %d ms of %d runs %s%n",
                KdfParams.defaults(), sorted[UNLOCK_RUNS / 2], UNLOCK_RUNS, Arrays.toString(millis));
    }

    private static void measureInserts(Path root) throws Exception {
        try (Database warmUp = Database.openPlain(root.resolve("warm-up/db"))) {
            createTable(warmUp.dsl());
            insertRows(warmUp.dataSource(), WARM_UP_ROWS);
        }
        Rate encrypted;
        try (Vault vault = new VaultFolder(root.resolve("vault")).create("benchmark password".toCharArray(), KdfParams.light()).vault()) {
            encrypted = timedInsert("encrypted vault (CIPHER=AES)", vault.database());
        }
        Rate plain;
        try (Database database = Database.openPlain(root.resolve("plain/db"))) {
            plain = timedInsert("plain H2 file", database);
        }
        System.out.printf("Encrypted / plain time ratio: %.2fx wall, %.2fx CPU (goal <= 1.5x; goal >= 100,000 rows/s)%n",
                plain.wall() / encrypted.wall(), plain.cpu() / encrypted.cpu());
    }

    /**
     * Rows per second of wall time and per CPU-second of this process; the latter stays meaningful
     * when other work competes for the CPUs.
     */
    private record Rate(double wall, double cpu) {}

    private static Rate timedInsert(String label, Database database) throws SQLException {
        createTable(database.dsl());
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        insertRows(database.dataSource(), ROWS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double rowsPerSecond = ROWS / seconds;
        System.out.printf("%-30s %,d rows in %.2f s = %,.0f rows/s (process CPU %.2f s = %,.0f rows per CPU-second)%n",
                label, ROWS, seconds, rowsPerSecond, cpuSeconds, ROWS / cpuSeconds);
        return new Rate(rowsPerSecond, ROWS / cpuSeconds);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void createTable(DSLContext dsl) {
        dsl.createTable(TABLE)
                .column("id", SQLDataType.BIGINT.notNull())
                .column("account_id", SQLDataType.BIGINT.notNull())
                .column("date", SQLDataType.LOCALDATE.notNull())
                .column("amount", SQLDataType.DECIMAL(24, 8).notNull())
                .column("currency", SQLDataType.CHAR(3).notNull())
                .column("payee", SQLDataType.VARCHAR(200))
                .column("description", SQLDataType.VARCHAR(500))
                .constraints(DSL.primaryKey("id"))
                .execute();
    }

    private static void insertRows(DataSource dataSource, int rows) throws SQLException {
        LocalDate firstDay = LocalDate.of(2015, 1, 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO \"" + TABLE
                        + "\" (\"id\", \"account_id\", \"date\", \"amount\", \"currency\", \"payee\", \"description\")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int id = 1; id <= rows; id++) {
                insert.setLong(1, id);
                insert.setLong(2, 1 + id % 12);
                insert.setDate(3, Date.valueOf(firstDay.plusDays(id % 4000)));
                insert.setBigDecimal(4, BigDecimal.valueOf((id * 7919L) % 2_000_000 - 1_000_000, 2));
                insert.setString(5, id % 5 == 0 ? "USD" : "CHF");
                insert.setString(6, PAYEES[id % PAYEES.length]);
                insert.setString(7, "Card payment " + id + " ref " + Long.toHexString(id * 2654435761L));
                insert.addBatch();
                if (id % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
