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

    private final Database db;

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
