package dev.meridian.core.vault;

/**
 * One way into the vault: the key material, encrypted with a key derived by Argon2id from a
 * password or recovery code with this slot's own salt and costs.
 */
record KeySlot(KdfParams params, byte[] salt, byte[] wrappedKeys) {

    KeySlot {
        salt = salt.clone();
        wrappedKeys = wrappedKeys.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] wrappedKeys() {
        return wrappedKeys.clone();
    }
}
