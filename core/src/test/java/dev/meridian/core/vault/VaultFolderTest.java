package dev.meridian.core.vault;

import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.vault.VaultException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultFolderTest {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir Path tmp;

    private Path dir() {
        return tmp.resolve("vault");
    }

    private String createWithSetting(String key, String value) throws VaultException {
        CreatedVault created = new VaultFolder(dir()).create(PASSWORD.toCharArray(), KdfParams.light());
        try (Vault vault = created.vault()) {
            vault.dsl().insertInto(SETTING).set(SETTING.SETTING_KEY, key).set(SETTING.SETTING_VALUE, value).execute();
        }
        return created.recoveryCode();
    }

    private static String setting(Vault vault, String key) {
        return vault.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOne(SETTING.SETTING_VALUE);
    }

    @Test
    void createdVaultUnlocksWithItsPasswordAndKeepsData() throws Exception {
        VaultFolder folder = new VaultFolder(dir());
        assertThat(folder.exists()).isFalse();
        createWithSetting("theme", "dark");

        assertThat(folder.exists()).isTrue();
        try (Vault vault = folder.unlock(PASSWORD.toCharArray())) {
            assertThat(vault.isOpen()).isTrue();
            assertThat(vault.folder()).isEqualTo(dir().toAbsolutePath());
            assertThat(setting(vault, "theme")).isEqualTo("dark");
        }
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("vault.header", "vault.mv.db", "vault.lock");
        }
    }

    @Test
    void defaultKdfParamsWorkEndToEnd() throws Exception {
        VaultFolder folder = new VaultFolder(dir());
        folder.create(PASSWORD.toCharArray(), KdfParams.defaults()).vault().close();

        assertThat(Files.readString(dir().resolve("vault.header")))
                .contains("password.memory-kib=65536\n", "password.iterations=3\n", "password.parallelism=4\n");
        try (Vault vault = folder.unlock(PASSWORD.toCharArray())) {
            assertThat(vault.isOpen()).isTrue();
        }
    }

    @Test
    void wrongPasswordIsRefusedAndChangesNoFile() throws Exception {
        createWithSetting("theme", "dark");
        FolderSnapshot before = FolderSnapshot.of(dir());

        assertThatThrownBy(() -> new VaultFolder(dir()).unlock("wrong".toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD))
                .hasMessage("Wrong password.");
        assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
    }

    @Test
    void flippedHeaderBytesAreReportedAsDamageAndChangeNoFile() throws Exception {
        createWithSetting("theme", "dark");
        Path header = dir().resolve("vault.header");
        byte[] original = Files.readAllBytes(header);
        for (int position : List.of(0, original.length / 3, original.length / 2, original.length - 10)) {
            byte[] damaged = original.clone();
            damaged[position] ^= 0x04;
            Files.write(header, damaged);
            FolderSnapshot before = FolderSnapshot.of(dir());

            assertThatThrownBy(() -> new VaultFolder(dir()).unlock(PASSWORD.toCharArray()))
                    .as("byte %d flipped", position)
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED_HEADER))
                    .hasMessageStartingWith("The vault header is damaged: ");
            assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
        }
    }

    @Test
    void truncatedOrEmptyHeaderIsReportedAsDamage() throws Exception {
        createWithSetting("theme", "dark");
        Path header = dir().resolve("vault.header");
        byte[] original = Files.readAllBytes(header);
        for (int length : List.of(0, 20, original.length / 2, original.length - 1)) {
            Files.write(header, Arrays.copyOf(original, length));
            FolderSnapshot before = FolderSnapshot.of(dir());

            assertThatThrownBy(() -> new VaultFolder(dir()).unlock(PASSWORD.toCharArray()))
                    .as("truncated to %d bytes", length)
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED_HEADER));
            assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
        }
    }

    @Test
    void recoveryCodeUnlocksInAnyCaseAndWithoutDashes() throws Exception {
        String code = createWithSetting("theme", "dark");
        assertThat(code).matches("([A-Z2-7]{4}-){7}[A-Z2-7]{4}");

        try (Vault vault = new VaultFolder(dir()).unlockWithRecoveryCode(code)) {
            assertThat(setting(vault, "theme")).isEqualTo("dark");
        }
        try (Vault vault = new VaultFolder(dir()).unlockWithRecoveryCode(" " + code.replace("-", "").toLowerCase() + " ")) {
            assertThat(vault.isOpen()).isTrue();
        }
        FolderSnapshot before = FolderSnapshot.of(dir());
        assertThatThrownBy(() -> new VaultFolder(dir()).unlockWithRecoveryCode("AAAA-" + code.substring(5)))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD))
                .hasMessage("Wrong recovery code.");
        assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
    }

    @Test
    void knownSettingValueNeverAppearsInAnyFileOfTheFolder() throws Exception {
        String secretish = "KNOWN-PLAINTEXT-MERIDIAN-0815";
        String code = createWithSetting("probe", secretish);
        try (Vault vault = new VaultFolder(dir()).unlock(PASSWORD.toCharArray())) {
            vault.dsl().update(SETTING).set(SETTING.SETTING_VALUE, secretish + "-2").where(SETTING.SETTING_KEY.eq("probe")).execute();
        }

        try (Stream<Path> files = Files.walk(dir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    assertThat(indexOf(bytes, secretish.getBytes(charset))).as("%s in %s", charset, file).isEqualTo(-1);
                    assertThat(indexOf(bytes, PASSWORD.getBytes(charset))).as("password in %s", file).isEqualTo(-1);
                    assertThat(indexOf(bytes, code.getBytes(charset))).as("recovery code in %s", file).isEqualTo(-1);
                }
            }
        }
    }

    @Test
    void createRefusesAnExistingVaultAndChangesNothing() throws Exception {
        createWithSetting("theme", "dark");
        FolderSnapshot before = FolderSnapshot.of(dir());

        assertThatThrownBy(() -> new VaultFolder(dir()).create("other".toCharArray(), KdfParams.light()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
        assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
    }

    @Test
    void unlockingAFolderWithoutVaultSaysSo() {
        assertThatThrownBy(() -> new VaultFolder(tmp.resolve("empty")).unlock(PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_VAULT));
        assertThat(tmp.resolve("empty")).doesNotExist();
    }

    @Test
    void headerOfANewerFormatAsksForAnUpdate() throws Exception {
        createWithSetting("theme", "dark");
        Path header = dir().resolve("vault.header");
        String text = Files.readString(header);
        String body = text.substring(0, text.lastIndexOf("sha256=")).replace("meridian-vault 1\n", "meridian-vault 2\n");
        Files.writeString(header, body + "sha256=" + sha256Hex(body) + "\n");

        assertThatThrownBy(() -> new VaultFolder(dir()).unlock(PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION))
                .hasMessageContaining("newer Meridian");
    }

    @Test
    void headerFromAnotherVaultDoesNotOpenThisDatabaseAndLeavesNoTraceFile() throws Exception {
        createWithSetting("theme", "dark");
        Path other = tmp.resolve("other");
        new VaultFolder(other).create(PASSWORD.toCharArray(), KdfParams.light()).vault().close();
        Files.copy(other.resolve("vault.header"), dir().resolve("vault.header"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FolderSnapshot before = FolderSnapshot.of(dir());

        assertThatThrownBy(() -> new VaultFolder(dir()).unlock(PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED_HEADER))
                .hasMessageContaining("do not open the vault database");
        assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
        assertThat(dir().resolve("vault.trace.db")).doesNotExist();
    }

    @Test
    void databaseFileThatIsNotEncryptedIsReportedAndLeftAsItWas() throws Exception {
        createWithSetting("theme", "dark");
        Files.delete(dir().resolve("vault.mv.db"));
        dev.meridian.core.db.Database.openPlain(dir().resolve("vault")).close();
        FolderSnapshot before = FolderSnapshot.of(dir());

        assertThatThrownBy(() -> new VaultFolder(dir()).unlock(PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED_HEADER))
                .hasMessageContaining("do not open the vault database")
                .hasMessageContaining("damaged");
        assertThat(FolderSnapshot.of(dir())).isEqualTo(before);
        assertThat(dir().resolve("vault.trace.db")).doesNotExist();
        FolderLock.acquire(dir()).close();
    }

    @Test
    void missingDatabaseFileIsReportedAndNotSilentlyRecreated() throws Exception {
        createWithSetting("theme", "dark");
        Files.delete(dir().resolve("vault.mv.db"));

        assertThatThrownBy(() -> new VaultFolder(dir()).unlock(PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IO))
                .hasMessageContaining("vault.mv.db is missing");
        assertThat(dir().resolve("vault.mv.db")).doesNotExist();
    }

    @Test
    void emptyPasswordIsRejectedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new VaultFolder(dir()).create(new char[0], KdfParams.light()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
        assertThat(dir()).doesNotExist();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sha256Hex(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

}
