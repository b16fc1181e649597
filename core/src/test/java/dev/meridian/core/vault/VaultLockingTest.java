package dev.meridian.core.vault;

import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.vault.VaultException.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultLockingTest {

    @TempDir Path tmp;
    private Path dir;
    private String recoveryCode;

    @BeforeEach
    void createVault() throws Exception {
        dir = tmp.resolve("vault");
        CreatedVault created = new VaultFolder(dir).create("pw".toCharArray(), KdfParams.light());
        recoveryCode = created.recoveryCode();
        created.vault().close();
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedWithoutTouchingFiles() throws Exception {
        try (Vault first = new VaultFolder(dir).unlock("pw".toCharArray())) {
            FolderSnapshot before = FolderSnapshot.of(dir);

            assertThatThrownBy(() -> new VaultFolder(dir).unlock("pw".toCharArray()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OPEN_ELSEWHERE))
                    .hasMessage("This vault is open in another Meridian window or process.");
            assertThatThrownBy(() -> new VaultFolder(dir).unlockWithRecoveryCode(recoveryCode))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OPEN_ELSEWHERE));
            // The first handle's H2 writer may flush vault.mv.db at any time; every other file must be untouched.
            assertThat(FolderSnapshot.of(dir).without("vault.mv.db")).isEqualTo(before.without("vault.mv.db"));
            assertThat(first.dsl().fetchCount(SETTING)).isZero();
        }
    }

    @Test
    void lockClosesTheDatabaseDropsAccessAndReleasesTheFolder() throws Exception {
        Vault vault = new VaultFolder(dir).unlock("pw".toCharArray());
        DSLContext heldByCaller = vault.dsl();
        SecretCipher cipherHeldByCaller = vault.secrets();

        vault.lock();
        vault.lock();

        assertThat(vault.isOpen()).isFalse();
        assertThatThrownBy(vault::dsl).isInstanceOf(IllegalStateException.class).hasMessage("The vault is locked.");
        assertThatThrownBy(vault::secrets).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(vault::backupAead).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(vault::database).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipherHeldByCaller.seal(new byte[] {1}, "connection", 1, "token"))
                .isInstanceOf(IllegalStateException.class).hasMessage("The vault is locked.");
        assertThatThrownBy(() -> heldByCaller.fetchCount(SETTING)).isInstanceOfAny(IllegalStateException.class, DataAccessException.class);
        try (Vault again = new VaultFolder(dir).unlock("pw".toCharArray())) {
            assertThat(again.isOpen()).isTrue();
        }
    }

    @Test
    void vaultOpenInAnotherProcessIsRefusedUntilThatProcessEnds() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                VaultHolderProcess.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            OutputStream stdin = holder.getOutputStream();
            stdin.write("pw\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(stdout.readLine()).isEqualTo(VaultHolderProcess.OPENED);

            assertThatThrownBy(() -> new VaultFolder(dir).unlock("pw".toCharArray()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.OPEN_ELSEWHERE));

            stdin.close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }
        try (Vault vault = new VaultFolder(dir).unlock("pw".toCharArray())) {
            assertThat(vault.isOpen()).isTrue();
        }
    }
}
