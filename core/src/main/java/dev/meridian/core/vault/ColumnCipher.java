package dev.meridian.core.vault;

import com.google.crypto.tink.Aead;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * {@link SecretCipher} backed by the vault's Tink AEAD keyset. The associated data encodes table,
 * row id and column with length prefixes, so no two distinct places share the same bytes. Once
 * the vault is locked the cipher refuses to work, even for callers that kept a reference to it.
 */
final class ColumnCipher implements SecretCipher {

    private volatile Aead aead;

    ColumnCipher(Aead aead) {
        this.aead = aead;
    }

    void forget() {
        aead = null;
    }

    @Override
    public byte[] seal(byte[] plaintext, String table, long rowId, String column) {
        try {
            return unlocked().encrypt(plaintext, place(table, rowId, column));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public byte[] open(byte[] ciphertext, String table, long rowId, String column) throws GeneralSecurityException {
        return unlocked().decrypt(ciphertext, place(table, rowId, column));
    }

    private Aead unlocked() {
        Aead current = aead;
        if (current == null) {
            throw new IllegalStateException("The vault is locked.");
        }
        return current;
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
