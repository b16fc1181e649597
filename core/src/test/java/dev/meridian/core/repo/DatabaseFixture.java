package dev.meridian.core.repo;

import dev.meridian.core.db.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh, migrated plain H2 file per test. */
abstract class DatabaseFixture {

    @TempDir Path dir;
    Database db;
    DSLContext dsl;

    /** Decimals compare by value: 1.5 stored reads back as 1.5 but "1.50" would too. */
    static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .build();

    @BeforeEach
    void openDatabase() {
        db = Database.openPlain(dir.resolve("db"));
        dsl = db.dsl();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }
}
