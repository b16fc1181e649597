package dev.meridian.core.db;

import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir Path dir;

    @Test
    void encryptedDatabaseKeepsDataAcrossReopenAndHidesItInTheFile() throws Exception {
        char[] key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();
        try (Database db = Database.openEncrypted(dir.resolve("vault"), key.clone(), "pw".toCharArray())) {
            db.dsl().insertInto(SETTING).set(SETTING.SETTING_KEY, "probe").set(SETTING.SETTING_VALUE, "KNOWN-PLAINTEXT-4711").execute();
        }
        byte[] bytes = Files.readAllBytes(dir.resolve("vault.mv.db"));
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("KNOWN-PLAINTEXT-4711").startsWith("H2encrypt");
        try (Database db = Database.openEncrypted(dir.resolve("vault"), key.clone(), "pw".toCharArray())) {
            assertThat(db.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq("probe")).fetchOne(SETTING.SETTING_VALUE))
                    .isEqualTo("KNOWN-PLAINTEXT-4711");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }
}
