package dev.meridian.core.vault;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * Encrypts the serialized {@link VaultKeys} with AES-256-GCM under a key derived from a secret
 * (password or recovery code). The slot name and its KDF costs are the associated data, so a slot
 * cannot be moved to another name or have its costs silently lowered.
 */
final class KeyWrap {

    private KeyWrap() {}

    static KeySlot wrap(byte[] keys, char[] secret, KdfParams params, String slotName, SecureRandom random)
            throws GeneralSecurityException {
        byte[] salt = new byte[Argon2idKdf.SALT_BYTES];
        random.nextBytes(salt);
        byte[] kek = Argon2idKdf.derive(secret, salt, params);
        try {
            return new KeySlot(params, salt, new AesGcmJce(kek).encrypt(keys, associatedData(slotName, params)));
        } finally {
            VaultKeys.wipe(kek);
        }
    }

    /**
     * Returns the serialized keys; the caller wipes them.
     *
     * @throws GeneralSecurityException when the secret is wrong (or the slot was altered)
     */
    static byte[] unwrap(KeySlot slot, char[] secret, String slotName) throws GeneralSecurityException {
        byte[] kek = Argon2idKdf.derive(secret, slot.salt(), slot.params());
        try {
            return new AesGcmJce(kek).decrypt(slot.wrappedKeys(), associatedData(slotName, slot.params()));
        } finally {
            VaultKeys.wipe(kek);
        }
    }

    private static byte[] associatedData(String slotName, KdfParams params) {
        return ("meridian-vault/" + slotName + "/argon2id/" + params.memoryKiB() + "/" + params.iterations() + "/"
                        + params.parallelism())
                .getBytes(StandardCharsets.US_ASCII);
    }
}
