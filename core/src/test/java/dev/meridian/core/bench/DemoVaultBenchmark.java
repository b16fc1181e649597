package dev.meridian.core.bench;

import dev.meridian.core.db.Database;
import dev.meridian.core.demo.DemoMarket;
import dev.meridian.core.demo.DemoVaultGenerator;
import dev.meridian.core.work.Progress;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Times the full demo-vault generation ({@link DemoVaultGenerator#populate}) into an encrypted H2 file, the
 * first-start path, and into a plain file for comparison; open and migration are outside the timing. Not a test:
 * run with {@code ./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.meridian.core.bench.DemoVaultBenchmark}. Results go to docs/benchmarks.md.
 */
public final class DemoVaultBenchmark {

    private static final int RUNS = 3;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String FILE_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    private DemoVaultBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Files.createTempDirectory("meridian-demo-bench");
        try {
            System.out.printf("Java %s, %d CPUs, max heap %d MiB, load average %.1f%n", Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long[] encrypted = new long[RUNS];
            long[] plain = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                Timing enc = time(root.resolve("enc" + run), p -> Database.openEncrypted(p, FILE_KEY.toCharArray(), "pw".toCharArray()));
                Timing pl = time(root.resolve("plain" + run), Database::openPlain);
                encrypted[run] = enc.wallMillis;
                plain[run] = pl.wallMillis;
                System.out.printf("run %d%s: encrypted %,d ms (process CPU %,d ms), plain %,d ms (CPU %,d ms), vault file %,d KiB%n",
                        run + 1, run == 0 ? " (cold JVM, the first-start case)" : "", enc.wallMillis, enc.cpuMillis, pl.wallMillis,
                        pl.cpuMillis, Files.size(root.resolve("enc" + run + ".mv.db")) >> 10);
            }
            DemoMarket market = DemoMarket.generate(42, TODAY);
            System.out.printf("Demo: %,d daily bars, %,d minute bars%n", market.dailyBarCount(), market.minuteBarCount());
            System.out.printf("median: encrypted %,d ms, plain %,d ms%n", median(encrypted), median(plain));
        } finally {
            deleteTree(root);
        }
    }

    private record Timing(long wallMillis, long cpuMillis) {}

    /** Times populate only: opening and migrating the file are outside. */
    private static Timing time(Path file, Function<Path, Database> open) {
        try (Database db = open.apply(file)) {
            long cpu = processCpuMillis();
            long start = System.nanoTime();
            new DemoVaultGenerator(42, TODAY).populate(db.dsl(), Progress.NONE);
            return new Timing((System.nanoTime() - start) / 1_000_000, processCpuMillis() - cpu);
        }
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
