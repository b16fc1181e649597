package dev.meridian.core.repo;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.meridian.core.vault.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** A real AES-256-GCM {@link SecretCipher} for tests, binding ciphertexts to "table|row|column". */
final class TinkSecretCipher implements SecretCipher {

    private final Aead aead;

    TinkSecretCipher() {
        try {
            AeadConfig.register();
            aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ad(String table, long rowId, String column) {
        return (table + "|" + rowId + "|" + column).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] seal(byte[] plaintext, String table, long rowId, String column) {
        try {
            return aead.encrypt(plaintext, ad(table, rowId, column));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] open(byte[] ciphertext, String table, long rowId, String column) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, ad(table, rowId, column));
    }
}
