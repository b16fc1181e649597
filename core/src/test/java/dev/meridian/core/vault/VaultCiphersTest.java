package dev.meridian.core.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultCiphersTest {

    private static final byte[] TOKEN = "access-sandbox-1234".getBytes(StandardCharsets.UTF_8);

    @TempDir Path tmp;

    @Test
    void sealedValueOpensOnlyAtItsOwnTableRowAndColumnAndAfterReopening() throws Exception {
        CreatedVault created = new VaultFolder(tmp).create("pw".toCharArray(), KdfParams.light());
        byte[] sealed;
        try (Vault vault = created.vault()) {
            SecretCipher secrets = vault.secrets();
            sealed = secrets.seal(TOKEN, "connection", 7, "access_token");

            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("access-sandbox");
            assertThat(secrets.open(sealed, "connection", 7, "access_token")).isEqualTo(TOKEN);
            assertThatThrownBy(() -> secrets.open(sealed, "connection", 8, "access_token")).isInstanceOf(GeneralSecurityException.class);
            assertThatThrownBy(() -> secrets.open(sealed, "connection", 7, "refresh_token")).isInstanceOf(GeneralSecurityException.class);
            assertThatThrownBy(() -> secrets.open(sealed, "account", 7, "access_token")).isInstanceOf(GeneralSecurityException.class);
            byte[] tampered = sealed.clone();
            tampered[tampered.length - 1] ^= 1;
            assertThatThrownBy(() -> secrets.open(tampered, "connection", 7, "access_token")).isInstanceOf(GeneralSecurityException.class);
        }
        try (Vault vault = new VaultFolder(tmp).unlockWithRecoveryCode(created.recoveryCode())) {
            assertThat(vault.secrets().open(sealed, "connection", 7, "access_token")).isEqualTo(TOKEN);
        }
    }

    @Test
    void tableAndColumnBoundariesCannotBeShiftedToForgeAPlace() throws Exception {
        try (Vault vault = new VaultFolder(tmp).create("pw".toCharArray(), KdfParams.light()).vault()) {
            byte[] sealed = vault.secrets().seal(TOKEN, "ab", 1, "c");

            assertThatThrownBy(() -> vault.secrets().open(sealed, "a", 1, "bc")).isInstanceOf(GeneralSecurityException.class);
        }
    }

    @Test
    void backupStreamRoundTripsAcrossUnlocksAndRejectsAnotherVaultsKey() throws Exception {
        byte[] backup = new byte[3_000_000];
        new Random(42).nextBytes(backup);
        byte[] associated = "backup-2026-11-25".getBytes(StandardCharsets.UTF_8);
        CreatedVault created = new VaultFolder(tmp.resolve("a")).create("pw".toCharArray(), KdfParams.light());
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (Vault vault = created.vault(); OutputStream out = vault.backupAead().newEncryptingStream(encrypted, associated)) {
            out.write(backup);
        }

        try (Vault vault = new VaultFolder(tmp.resolve("a")).unlock("pw".toCharArray())) {
            assertThat(decrypt(vault.backupAead(), encrypted.toByteArray(), associated)).isEqualTo(backup);
        }
        try (Vault other = new VaultFolder(tmp.resolve("b")).create("pw".toCharArray(), KdfParams.light()).vault()) {
            assertThatThrownBy(() -> decrypt(other.backupAead(), encrypted.toByteArray(), associated)).isInstanceOf(java.io.IOException.class);
        }
    }

    private static byte[] decrypt(StreamingAead aead, byte[] ciphertext, byte[] associated) throws Exception {
        try (InputStream in = aead.newDecryptingStream(new ByteArrayInputStream(ciphertext), associated)) {
            return in.readAllBytes();
        }
    }
}
