package dev.meridian.core.vault;

import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordChangeTest {

    @TempDir Path tmp;
    private Path dir;
    private String recoveryCode;

    @BeforeEach
    void createVault() throws Exception {
        dir = tmp.resolve("vault");
        CreatedVault created = new VaultFolder(dir).create("old password".toCharArray(), KdfParams.light());
        recoveryCode = created.recoveryCode();
        try (Vault vault = created.vault()) {
            vault.dsl().insertInto(SETTING).set(SETTING.SETTING_KEY, "theme").set(SETTING.SETTING_VALUE, "dark").execute();
        }
    }

    @Test
    void newPasswordUnlocksOldOneNoLongerDoesRecoveryCodeStillDoes() throws Exception {
        try (Vault vault = new VaultFolder(dir).unlock("old password".toCharArray())) {
            vault.changePassword("old password".toCharArray(), "new password".toCharArray());
            assertThat(vault.isOpen()).isTrue();
        }

        assertThatThrownBy(() -> new VaultFolder(dir).unlock("old password".toCharArray()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        try (Vault vault = new VaultFolder(dir).unlock("new password".toCharArray())) {
            assertThat(vault.dsl().fetchValue(SETTING.SETTING_VALUE, SETTING.SETTING_KEY.eq("theme"))).isEqualTo("dark");
        }
        try (Vault vault = new VaultFolder(dir).unlockWithRecoveryCode(recoveryCode)) {
            assertThat(vault.dsl().fetchValue(SETTING.SETTING_VALUE, SETTING.SETTING_KEY.eq("theme"))).isEqualTo("dark");
        }
        assertThat(dir.resolve("vault.header.tmp")).doesNotExist();
    }

    @Test
    void wrongCurrentPasswordChangesNothing() throws Exception {
        try (Vault vault = new VaultFolder(dir).unlock("old password".toCharArray())) {
            byte[] header = Files.readAllBytes(dir.resolve("vault.header"));

            assertThatThrownBy(() -> vault.changePassword("guess".toCharArray(), "new password".toCharArray()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
            assertThat(Files.readAllBytes(dir.resolve("vault.header"))).isEqualTo(header);
        }
        new VaultFolder(dir).unlock("old password".toCharArray()).close();
    }

    @Test
    void changeOnlyRewrapsThePasswordSlotAndCanRaiseItsKdfCosts() throws Exception {
        String before = Files.readString(dir.resolve("vault.header"));
        try (Vault vault = new VaultFolder(dir).unlock("old password".toCharArray())) {
            vault.changePassword("old password".toCharArray(), "new password".toCharArray(), new KdfParams(16384, 2, 2));
        }
        String after = Files.readString(dir.resolve("vault.header"));

        assertThat(after)
                .contains("password.memory-kib=16384\n", "password.iterations=2\n", "password.parallelism=2\n")
                .contains("recovery.memory-kib=8192\n");
        assertThat(recoveryLines(after)).isEqualTo(recoveryLines(before));
        assertThat(line(after, "password.salt=")).isNotEqualTo(line(before, "password.salt="));
        new VaultFolder(dir).unlock("new password".toCharArray()).close();
    }

    private static java.util.List<String> recoveryLines(String header) {
        return header.lines().filter(l -> l.startsWith("recovery.")).toList();
    }

    private static String line(String header, String prefix) {
        return header.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void crashBeforeTheHeaderWasReplacedLeavesTheOldPasswordWorking() throws Exception {
        // A crash after writing the temp header but before the atomic move: a complete new header
        // (here: one of another vault) or a torn one sits next to the real header.
        Path other = tmp.resolve("other");
        new VaultFolder(other).create("new password".toCharArray(), KdfParams.light()).vault().close();
        byte[] newHeader = Files.readAllBytes(other.resolve("vault.header"));
        for (byte[] leftover : new byte[][] {newHeader, Arrays.copyOf(newHeader, newHeader.length / 2)}) {
            Files.write(dir.resolve("vault.header.tmp"), leftover);

            try (Vault vault = new VaultFolder(dir).unlock("old password".toCharArray())) {
                assertThat(vault.dsl().fetchValue(SETTING.SETTING_VALUE, SETTING.SETTING_KEY.eq("theme"))).isEqualTo("dark");
            }
            assertThatThrownBy(() -> new VaultFolder(dir).unlock("new password".toCharArray()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        }

        try (Vault vault = new VaultFolder(dir).unlock("old password".toCharArray())) {
            vault.changePassword("old password".toCharArray(), "newer password".toCharArray());
        }
        assertThat(dir.resolve("vault.header.tmp")).doesNotExist();
        new VaultFolder(dir).unlock("newer password".toCharArray()).close();
    }

    @Test
    void lockedVaultCannotChangeItsPassword() throws Exception {
        Vault vault = new VaultFolder(dir).unlock("old password".toCharArray());
        vault.lock();

        assertThatThrownBy(() -> vault.changePassword("old password".toCharArray(), "new password".toCharArray()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The vault is locked.");
    }
}
