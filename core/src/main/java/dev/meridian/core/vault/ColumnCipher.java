package dev.meridian.core.vault;

import com.google.crypto.tink.Aead;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * {@link SecretCipher} backed by the vault's Tink AEAD keyset. The associated data encodes table,
 * row id and column with length prefixes, so no two distinct places share the same bytes.
 */
final class ColumnCipher implements SecretCipher {

    private final Aead aead;

    ColumnCipher(Aead aead) {
        this.aead = aead;
    }

    @Override
    public byte[] seal(byte[] plaintext, String table, long rowId, String column) {
        try {
            return aead.encrypt(plaintext, place(table, rowId, column));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public byte[] open(byte[] ciphertext, String table, long rowId, String column) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, place(table, rowId, column));
    }

    private static byte[] place(String table, long rowId, String column) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(table);
            out.writeLong(rowId);
            out.writeUTF(column);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return bytes.toByteArray();
    }
}
