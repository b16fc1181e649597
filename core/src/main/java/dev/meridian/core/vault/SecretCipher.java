package dev.meridian.core.vault;

import java.security.GeneralSecurityException;

/**
 * Encrypts secret column values (API keys, access tokens, credentials) with the vault's AEAD key.
 * The associated data binds a ciphertext to its place: a value sealed for (table, row, column)
 * does not open anywhere else, so ciphertexts cannot be swapped between rows.
 */
public interface SecretCipher {

    byte[] seal(byte[] plaintext, String table, long rowId, String column);

    /** @throws GeneralSecurityException when the value was tampered with or belongs elsewhere */
    byte[] open(byte[] ciphertext, String table, long rowId, String column) throws GeneralSecurityException;
}
