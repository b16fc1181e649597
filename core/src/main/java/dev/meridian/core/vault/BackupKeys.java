package dev.meridian.core.vault;

import com.google.crypto.tink.StreamingAead;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two keys a backup needs: the vault's StreamingAead (encrypts every stored object) and a MAC
 * key that names chunks by a keyed hash of their plaintext, so equal chunks share one object while
 * the server cannot test a guess of the plaintext. Obtained from an open {@link Vault} or, for a
 * restore on another machine, by unlocking a copy of a vault header with its password or recovery code.
 */
public final class BackupKeys {

    private static final String MAC = "HmacSHA256";

    private final StreamingAead aead;
    private final SecretKeySpec chunkIdKey;

    private BackupKeys(StreamingAead aead, byte[] chunkIdKey) {
        this.aead = aead;
        this.chunkIdKey = new SecretKeySpec(chunkIdKey, MAC);
        Arrays.fill(chunkIdKey, (byte) 0);
    }

    static BackupKeys of(VaultKeys keys) throws GeneralSecurityException {
        return new BackupKeys(keys.backupAead(), keys.backupChunkIdKey());
    }

    /** Unlocks the key bundle in {@code headerBytes} (a {@code vault.header}) with the master password. */
    public static BackupKeys unlockHeader(byte[] headerBytes, char[] password) throws VaultException {
        VaultHeader header = VaultHeader.parse(headerBytes);
        try {
            return fromBundle(KeyWrap.unwrap(header.password(), password, VaultFolder.PASSWORD_SLOT));
        } catch (GeneralSecurityException e) {
            throw VaultException.wrongPassword();
        }
    }

    /** Unlocks the key bundle in {@code headerBytes} with the recovery code shown at creation. */
    public static BackupKeys unlockHeaderWithRecoveryCode(byte[] headerBytes, String code) throws VaultException {
        VaultHeader header = VaultHeader.parse(headerBytes);
        char[] secret = RecoveryCode.normalize(code);
        try {
            return fromBundle(KeyWrap.unwrap(header.recovery(), secret, VaultFolder.RECOVERY_SLOT));
        } catch (GeneralSecurityException e) {
            throw VaultException.wrongRecoveryCode();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static BackupKeys fromBundle(byte[] serialized) throws VaultException {
        VaultKeys keys = null;
        try {
            keys = VaultKeys.parse(serialized);
            return of(keys);
        } catch (GeneralSecurityException e) {
            throw VaultException.damagedHeader("its key bundle cannot be read.");
        } finally {
            VaultKeys.wipe(serialized);
            if (keys != null) {
                keys.wipe();
            }
        }
    }

    public StreamingAead aead() {
        return aead;
    }

    /** A fresh MAC instance keyed for chunk names (Mac objects are not thread-safe). */
    public Mac chunkIdMac() {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(chunkIdKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "BackupKeys[<hidden>]";
    }
}
