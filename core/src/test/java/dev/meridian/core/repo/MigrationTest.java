package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.db.Database;
import dev.meridian.core.db.generated.DefaultSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir Path dir;

    @Test
    void migratesAnEmptyPlainFileToEveryGeneratedTable() {
        try (Database db = Database.openPlain(dir.resolve("plain"))) {
            assertEveryGeneratedTableExists(db.dsl());
        }
        try (Database reopened = Database.openPlain(dir.resolve("plain"))) {
            assertEveryGeneratedTableExists(reopened.dsl());
        }
    }

    @Test
    void migratesAnEmptyEncryptedFile() {
        char[] key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();
        try (Database db = Database.openEncrypted(dir.resolve("vault"), key, "pw".toCharArray())) {
            assertEveryGeneratedTableExists(db.dsl());
        }
    }

    private static void assertEveryGeneratedTableExists(DSLContext dsl) {
        Set<String> actual = dsl.meta().getTables().stream()
                .filter(t -> t.getSchema() != null && "PUBLIC".equals(t.getSchema().getName()))
                .map(Table::getName).collect(Collectors.toSet());
        List<String> expected = DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).toList();
        assertThat(expected).contains("TXN", "PRICE_BAR_CHUNK", "CONNECTION", "AUDIT_LOG", "BACKUP_SNAPSHOT",
                "CONVERSATION_MESSAGE", "CLASSIFICATION_ASSIGNMENT", "TARGET_ALLOCATION");
        assertThat(actual).containsAll(expected);
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            assertThat(dsl.fetchCount(table)).as(table.getName()).isZero();
        }
    }
}
