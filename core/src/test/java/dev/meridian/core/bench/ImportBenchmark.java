package dev.meridian.core.bench;

import dev.meridian.core.db.Database;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.imports.DecodedText;
import dev.meridian.core.imports.ImportPreview;
import dev.meridian.core.imports.ImportResult;
import dev.meridian.core.imports.ImportWriter;
import dev.meridian.core.imports.bank.BankImportPlanner;
import dev.meridian.core.imports.bank.BankStatement;
import dev.meridian.core.imports.bank.CsvBankReader;
import dev.meridian.core.imports.bank.CsvMappingGuess;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.work.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Imports a generated bank CSV (default 1,000,000 rows, dates ascending as banks export them, no id
 * column so every row gets a content hash) the way the wizard does: decode → guess the mapping → read
 * → plan (keys, duplicate check) → write as one batch in one transaction. Parsing and writing are timed
 * separately; the write runs into an encrypted vault and into a plain H2 file after a warm-up import.
 *
 * <pre>./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.meridian.core.bench.ImportBenchmark [-Dexec.args="ROWS RUNS"]</pre>
 */
public final class ImportBenchmark {

    private static final String[] PAYEES = {"Migros", "SBB CFF FFS", "Amazon EU S.a.r.l.", "Landlord AG", "Coffee, Corner \"Shop\"",
            "Interactive Brokers", "Swisscom", "Netflix.com"};

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path root = Files.createTempDirectory("meridian-import-bench");
        try {
            System.out.printf("Java %s, %d CPUs, max heap %d MiB, load average %.1f%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Path csv = root.resolve("bank.csv");
            generate(csv, rows);
            System.out.printf("Generated %s: %,d rows, %.1f MB%n", csv.getFileName(), rows, Files.size(csv) / 1e6);

            try (Database warm = Database.openPlain(root.resolve("warm-up/db"))) {
                Path small = root.resolve("warm.csv");
                generate(small, 200_000);
                write(warm, parse(small, account(warm), false), null);
            }
            for (int run = 1; run <= runs; run++) {
                System.out.println("Run " + run);
                double encrypted;
                try (Vault vault = new VaultFolder(root.resolve("vault-" + run)).create("benchmark password".toCharArray(), KdfParams.light()).vault()) {
                    encrypted = write(vault.database(), parse(csv, account(vault.database()), true), "into encrypted vault (AES):");
                }
                double plain;
                try (Database db = Database.openPlain(root.resolve("plain-" + run + "/db"))) {
                    plain = write(db, parse(csv, account(db), true), "into plain H2 file:");
                }
                System.out.printf("  write: encrypted / plain time ratio %.2fx (goal <= 1.5x)%n", encrypted / plain);
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Account account(Database db) {
        return new AccountRepository(db.dsl()).insert(new Account(0, "Checking", AccountType.BANK, "CHF", null, "Bank", null,
                Money.zero("CHF"), false, null));
    }

    private static ImportPreview parse(Path csv, Account account, boolean print) throws IOException {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        DecodedText text = DecodedText.detect(Files.readAllBytes(csv));
        CsvMappingGuess guess = CsvMappingGuess.of(text.text());
        BankStatement statement = CsvBankReader.read(text.text(), guess.mapping());
        long read = System.nanoTime();
        ImportPreview preview = BankImportPlanner.plan(statement, account, Set.of(), csv.getFileName().toString());
        long end = System.nanoTime();
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        if (!preview.errors().isEmpty()) throw new IllegalStateException("Generated file has errors: " + preview.errors().getFirst());
        int n = preview.rows().size();
        if (print) {
            System.out.printf("  parse (decode, guess, read CSV): %,d rows in %.2f s = %,.0f rows/s; plan (keys, rows): %.2f s; "
                            + "parse+plan %,.0f rows/s wall, %,.0f rows per CPU-second%n",
                    n, (read - start) / 1e9, n / ((read - start) / 1e9), (end - read) / 1e9, n / ((end - start) / 1e9), n / cpuSeconds);
        }
        return preview;
    }

    private static double write(Database db, ImportPreview preview, String label) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ImportResult result = new ImportWriter(db.dsl(), Clock.systemUTC()).write(preview, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        int stored = new TransactionRepository(db.dsl()).count();
        if (stored != result.written()) throw new IllegalStateException("Wrote " + result.written() + " but the table has " + stored);
        if (label != null) {
            System.out.printf("  write %-28s %,d rows in %.2f s = %,.0f rows/s (process CPU %.2f s = %,.0f rows per CPU-second)%n",
                    label, result.written(), seconds, result.written() / seconds,
                    cpuSeconds, result.written() / cpuSeconds);
        }
        return seconds;
    }

    /** A bank export: ascending dates over 10 years, amounts in 1,234.56 style, quoted payees with commas and quotes. */
    private static void generate(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        LocalDate first = LocalDate.of(2016, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Date,Payee,Memo,Amount\r\n");
            for (int i = 0; i < rows; i++) {
                LocalDate day = first.plusDays((long) i * 3650 / rows);
                String payee = PAYEES[random.nextInt(PAYEES.length)];
                long cents = random.nextInt(2) == 0 ? -random.nextLong(1, 250_000) : random.nextLong(1, 500_000);
                w.write(day.toString());
                w.write(",\"");
                w.write(payee.replace("\"", "\"\""));
                w.write("\",Card payment ");
                w.write(Integer.toString(i % 97));
                w.write(",\"");
                w.write(String.format(java.util.Locale.US, "%,.2f", cents / 100.0));
                w.write("\"\r\n");
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
