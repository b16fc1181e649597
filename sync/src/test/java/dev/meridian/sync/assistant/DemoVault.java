package dev.meridian.sync.assistant;

import dev.meridian.core.db.Database;
import dev.meridian.core.demo.DemoVaultGenerator;
import dev.meridian.core.work.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/** A real H2 file vault filled with the seeded demo data, one per test class (generating it takes seconds). */
final class DemoVault implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final YearMonth MONTH = YearMonth.from(TODAY);

    private static DemoVault shared;

    private final Database db;

    /** One vault for all assistant test classes of this JVM; closed and deleted when the JVM exits. */
    static synchronized DemoVault shared() {
        if (shared != null) return shared;
        try {
            Path dir = java.nio.file.Files.createTempDirectory("meridian-assistant-test");
            shared = new DemoVault(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.close();
                deleteTree(dir);
            }));
            return shared;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = java.nio.file.Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // Best effort: the OS cleans its temp folder.
        }
    }

    DemoVault(Path dir) {
        db = Database.openPlain(dir.resolve("vault"));
        new DemoVaultGenerator(42, TODAY).populate(db.dsl(), Progress.NONE);
    }

    DSLContext dsl() {
        return db.dsl();
    }

    @Override
    public void close() {
        db.close();
    }
}
