package dev.meridian.core.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives a 256-bit key-encryption key from a password or recovery code with Argon2id. */
final class Argon2idKdf {

    static final int KEY_BYTES = 32;
    static final int SALT_BYTES = 16;

    private Argon2idKdf() {}

    static byte[] derive(char[] secret, byte[] salt, KdfParams params) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] secretBytes = utf8(secret);
        byte[] key = new byte[KEY_BYTES];
        try {
            generator.generateBytes(secretBytes, key);
            return key;
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
        }
    }

    /** Encodes without going through an immutable String, so the bytes can be wiped. */
    private static byte[] utf8(char[] secret) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
