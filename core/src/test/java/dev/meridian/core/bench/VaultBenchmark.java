package dev.meridian.core.bench;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultException;
import dev.meridian.core.vault.VaultFolder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * Measures (1) unlock time with the default Argon2id costs, median of 5, and (2) a 1,000,000-row
 * insert of ledger transactions through {@code TransactionRepository.insertAll} into the
 * encrypted vault versus a plain H2 file, in one run. Not a test: run with
 * {@code ./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.meridian.core.bench.VaultBenchmark}. Results go to docs/benchmarks.md.
 */
public final class VaultBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int WARM_UP_ROWS = 200_000;
    private static final int BATCH = 10_000;
    private static final int UNLOCK_RUNS = 5;
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
            insertRows(warmUp.dsl(), WARM_UP_ROWS, DateOrder.CYCLIC);
        }
        for (DateOrder order : DateOrder.values()) {
            Rate encrypted;
            try (Vault vault = new VaultFolder(root.resolve("vault-" + order)).create("benchmark password".toCharArray(), KdfParams.light()).vault()) {
                encrypted = timedInsert("encrypted vault (CIPHER=AES)", order, vault.database());
            }
            Rate plain;
            try (Database database = Database.openPlain(root.resolve("plain-" + order + "/db"))) {
                plain = timedInsert("plain H2 file", order, database);
            }
            System.out.printf("%s: encrypted / plain time ratio %.2fx wall, %.2fx CPU (goal <= 1.5x; goal >= 100,000 rows/s)%n",
                    order.label, plain.wall() / encrypted.wall(), plain.cpu() / encrypted.cpu());
        }
    }

    /** How the rows' dates arrive: the cycling pattern, or in ledger order as bank exports come. */
    private enum DateOrder {
        CYCLIC("dates cycle (day = id % 4000)"),
        LEDGER("dates ascending (ledger order)");

        final String label;

        DateOrder(String label) {
            this.label = label;
        }

        long day(int id, int rows) {
            return this == CYCLIC ? id % 4000 : (long) id * 4000 / rows;
        }
    }

    /**
     * Rows per second of wall time and per CPU-second of this process; the latter stays meaningful
     * when other work competes for the CPUs.
     */
    private record Rate(double wall, double cpu) {}

    private static Rate timedInsert(String label, DateOrder order, Database database) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        insertRows(database.dsl(), ROWS, order);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double rowsPerSecond = ROWS / seconds;
        System.out.printf("%-30s %s: %,d rows in %.2f s = %,.0f rows/s (process CPU %.2f s = %,.0f rows per CPU-second)%n",
                label, order.label, ROWS, seconds, rowsPerSecond, cpuSeconds, ROWS / cpuSeconds);
        return new Rate(rowsPerSecond, ROWS / cpuSeconds);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Real ledger rows through the real repository (all of the txn table's indexes), committed every BATCH rows. */
    private static void insertRows(DSLContext dsl, int rows, DateOrder order) {
        Account account = new AccountRepository(dsl).insert(
                new Account(0, "Checking", AccountType.BANK, "CHF", null, "Bench Bank", null, null, false, null));
        TransactionRepository transactions = new TransactionRepository(dsl);
        LocalDate firstDay = LocalDate.of(2015, 1, 1);
        List<Transaction> chunk = new ArrayList<>(BATCH);
        for (int id = 1; id <= rows; id++) {
            Money amount = new Money(BigDecimal.valueOf((id * 7919L) % 2_000_000 - 1_000_000, 2), "CHF");
            chunk.add(Transaction.cash(account.id(), amount.signum() < 0 ? TransactionType.WITHDRAWAL : TransactionType.DEPOSIT,
                    firstDay.plusDays(order.day(id, rows)), amount, PAYEES[id % PAYEES.length],
                    "Card payment " + id + " ref " + Long.toHexString(id * 2654435761L), null).withProviderId("bench-" + id));
            if (chunk.size() == BATCH) {
                transactions.insertAll(chunk);
                chunk.clear();
            }
        }
        transactions.insertAll(chunk);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
