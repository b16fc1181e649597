package dev.meridian.core.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * All key material of one vault, the plaintext of every {@link KeySlot}: a Tink AEAD keyset for
 * secret columns, a Tink StreamingAead keyset for backups, and two random hex secrets for H2 (the
 * file encryption key and the user password). None of it is derived from the master password, so
 * changing the password only re-wraps this bundle.
 *
 * <p>Serialized form (version 1): a version byte, then four length-prefixed (int32) fields in this
 * order: AEAD keyset (Tink binary), StreamingAead keyset (Tink binary), file key (ASCII hex),
 * user password (ASCII hex).
 */
final class VaultKeys {

    private static final byte FORMAT = 1;
    private static final int SECRET_BYTES = 32;

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle columnKeyset;
    private final KeysetHandle backupKeyset;
    private final char[] fileKey;
    private final char[] userPassword;

    private VaultKeys(KeysetHandle columnKeyset, KeysetHandle backupKeyset, char[] fileKey, char[] userPassword) {
        this.columnKeyset = columnKeyset;
        this.backupKeyset = backupKeyset;
        this.fileKey = fileKey;
        this.userPassword = userPassword;
    }

    static VaultKeys generate(SecureRandom random) throws GeneralSecurityException {
        return new VaultKeys(
                KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB),
                randomHex(random),
                randomHex(random));
    }

    /** @throws GeneralSecurityException when the bytes are not a key bundle this version understands */
    static VaultKeys parse(byte[] serialized) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(serialized);
        byte[] columns = null;
        byte[] backups = null;
        try {
            if (in.get() != FORMAT) {
                throw new GeneralSecurityException("unknown key bundle format");
            }
            columns = field(in);
            backups = field(in);
            char[] fileKey = asciiField(in);
            char[] userPassword = asciiField(in);
            return new VaultKeys(
                    TinkProtoKeysetFormat.parseKeyset(columns, InsecureSecretKeyAccess.get()),
                    TinkProtoKeysetFormat.parseKeyset(backups, InsecureSecretKeyAccess.get()),
                    fileKey,
                    userPassword);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new GeneralSecurityException("truncated key bundle", e);
        } finally {
            wipe(columns);
            wipe(backups);
        }
    }

    /** The caller must wipe the returned bytes. */
    byte[] serialize() throws GeneralSecurityException {
        byte[] columns = TinkProtoKeysetFormat.serializeKeyset(columnKeyset, InsecureSecretKeyAccess.get());
        byte[] backups = TinkProtoKeysetFormat.serializeKeyset(backupKeyset, InsecureSecretKeyAccess.get());
        byte[] file = ascii(fileKey);
        byte[] user = ascii(userPassword);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeByte(FORMAT);
            for (byte[] field : new byte[][] {columns, backups, file, user}) {
                out.writeInt(field.length);
                out.write(field);
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        } finally {
            wipe(columns);
            wipe(backups);
            wipe(file);
            wipe(user);
        }
        return buffer.toByteArray();
    }

    Aead columnAead() throws GeneralSecurityException {
        return columnKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    StreamingAead backupAead() throws GeneralSecurityException {
        return backupKeyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    /** A copy; {@link dev.meridian.core.db.Database} wipes it after use. */
    char[] fileKey() {
        return fileKey.clone();
    }

    /** A copy; {@link dev.meridian.core.db.Database} wipes it after use. */
    char[] userPassword() {
        return userPassword.clone();
    }

    /** Wipes the H2 secrets; the Tink keysets are immutable and left to the garbage collector. */
    void wipe() {
        Arrays.fill(fileKey, '\0');
        Arrays.fill(userPassword, '\0');
    }

    @Override
    public String toString() {
        return "VaultKeys[<hidden>]";
    }

    private static char[] randomHex(SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        char[] hex = HexFormat.of().formatHex(bytes).toCharArray();
        wipe(bytes);
        return hex;
    }

    private static byte[] field(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad field length");
        }
        byte[] value = new byte[length];
        in.get(value);
        return value;
    }

    private static char[] asciiField(ByteBuffer in) {
        byte[] bytes = field(in);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) bytes[i];
        }
        wipe(bytes);
        return chars;
    }

    private static byte[] ascii(char[] chars) {
        byte[] bytes = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            bytes[i] = (byte) chars[i];
        }
        return bytes;
    }

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
