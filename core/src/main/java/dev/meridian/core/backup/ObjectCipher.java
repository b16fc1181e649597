package dev.meridian.core.backup;

import com.google.crypto.tink.StreamingAead;
import dev.meridian.core.vault.BackupKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * Encrypts and names backup objects. Every object is sealed with the vault's StreamingAead
 * (AES-256-GCM-HKDF, 1 MiB segments) and bound by associated data to its own name, so an object
 * moved or renamed on the server fails authentication. Chunks are named by HMAC-SHA256 of their
 * plaintext under a key derived from the vault's backup keyset.
 */
public final class ObjectCipher {

    private static final String AD_PREFIX = "meridian-backup/v1/";

    private final StreamingAead aead;
    private final BackupKeys keys;
    private final ThreadLocal<Mac> mac;

    public ObjectCipher(BackupKeys keys) {
        this.keys = keys;
        this.aead = keys.aead();
        this.mac = ThreadLocal.withInitial(keys::chunkIdMac);
    }

    public BackupKeys keys() {
        return keys;
    }

    /** The chunk's content address: 64 hex digits of a keyed hash, revealing nothing without the key. */
    public String chunkId(byte[] plain) {
        return HexFormat.of().formatHex(mac.get().doFinal(plain));
    }

    public byte[] seal(byte[] plain, String name) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(plain.length + plain.length / 64 + 64);
        try (OutputStream out = aead.newEncryptingStream(buffer, associatedData(name))) {
            out.write(plain);
        } catch (GeneralSecurityException e) {
            throw new IOException("Backup encryption failed", e);
        }
        return buffer.toByteArray();
    }

    /** Decrypts and authenticates; {@link DamagedObjectException} when the bytes were changed, cut short or moved. */
    public byte[] open(byte[] sealed, String name) throws DamagedObjectException {
        try (InputStream in = aead.newDecryptingStream(new ByteArrayInputStream(sealed), associatedData(name))) {
            return in.readAllBytes();
        } catch (GeneralSecurityException | IOException e) {
            throw new DamagedObjectException(name, "it fails authentication (changed, truncated or not ours)");
        }
    }

    /** Opens a chunk and checks that its plaintext still hashes to its name. */
    public byte[] openChunk(byte[] sealed, String id) throws DamagedObjectException {
        String name = RepositoryLayout.chunkName(id);
        byte[] plain = open(sealed, name);
        if (!MessageDigest.isEqual(chunkId(plain).getBytes(StandardCharsets.US_ASCII), id.getBytes(StandardCharsets.US_ASCII))) {
            throw new DamagedObjectException(name, "its content does not match its name");
        }
        return plain;
    }

    private static byte[] associatedData(String name) {
        return (AD_PREFIX + name).getBytes(StandardCharsets.US_ASCII);
    }
}
