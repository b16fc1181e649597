package dev.meridian.core.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vault header ({@code vault.header}): two key slots, one for the master password and one for
 * the recovery code. UTF-8 text, one {@code key=value} per line, LF line ends:
 *
 * <pre>
 * meridian-vault 1
 * password.kdf=argon2id
 * password.memory-kib=65536
 * password.iterations=3
 * password.parallelism=4
 * password.salt=&lt;base64, 16 bytes&gt;
 * password.keys=&lt;base64: AES-256-GCM(IV || ciphertext || tag) of the key bundle&gt;
 * recovery.kdf=argon2id
 * recovery.… (same fields as password.…)
 * sha256=&lt;hex SHA-256 of every byte above this line&gt;
 * </pre>
 *
 * The checksum line is last in every version, so damage (flipped bytes, truncation) is told apart
 * from a wrong password before any key is derived. Nothing in the header is secret in plain form.
 */
record VaultHeader(KeySlot password, KeySlot recovery) {

    static final int VERSION = 1;
    private static final String MAGIC = "meridian-vault ";
    private static final String CHECKSUM = "sha256=";

    VaultHeader withPassword(KeySlot slot) {
        return new VaultHeader(slot, recovery);
    }

    byte[] format() {
        StringBuilder text = new StringBuilder(MAGIC).append(VERSION).append('\n');
        appendSlot(text, "password", password);
        appendSlot(text, "recovery", recovery);
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        String checksum = CHECKSUM + HexFormat.of().formatHex(sha256(body)) + "\n";
        return (text + checksum).getBytes(StandardCharsets.UTF_8);
    }

    static VaultHeader parse(byte[] bytes) throws VaultException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            throw VaultException.damagedHeader("the file is empty.");
        }
        int checksumStart = text.lastIndexOf("\n" + CHECKSUM) + 1;
        if (checksumStart == 0 || !text.endsWith("\n")) {
            throw VaultException.damagedHeader("it is incomplete (no checksum line at the end).");
        }
        String expected = text.substring(checksumStart + CHECKSUM.length(), text.length() - 1);
        byte[] body = text.substring(0, checksumStart).getBytes(StandardCharsets.UTF_8);
        if (!HexFormat.of().formatHex(sha256(body)).equals(expected)) {
            throw VaultException.damagedHeader("its checksum does not match its content.");
        }
        String[] lines = text.substring(0, checksumStart).split("\n");
        if (!lines[0].startsWith(MAGIC)) {
            throw new VaultException(VaultException.Reason.NOT_A_VAULT, "This file is not a Meridian vault header.");
        }
        int version = parseVersion(lines[0].substring(MAGIC.length()));
        if (version != VERSION) {
            throw new VaultException(VaultException.Reason.UNSUPPORTED_VERSION,
                    "This vault was written by a newer Meridian (format " + version + "); please update Meridian.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            if (eq < 1) {
                throw VaultException.damagedHeader("line " + (i + 1) + " is not a key=value pair.");
            }
            fields.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
        }
        return new VaultHeader(readSlot(fields, "password"), readSlot(fields, "recovery"));
    }

    private static void appendSlot(StringBuilder text, String name, KeySlot slot) {
        Base64.Encoder base64 = Base64.getEncoder();
        text.append(name).append(".kdf=argon2id\n")
                .append(name).append(".memory-kib=").append(slot.params().memoryKiB()).append('\n')
                .append(name).append(".iterations=").append(slot.params().iterations()).append('\n')
                .append(name).append(".parallelism=").append(slot.params().parallelism()).append('\n')
                .append(name).append(".salt=").append(base64.encodeToString(slot.salt())).append('\n')
                .append(name).append(".keys=").append(base64.encodeToString(slot.wrappedKeys())).append('\n');
    }

    private static KeySlot readSlot(Map<String, String> fields, String name) throws VaultException {
        String kdf = require(fields, name + ".kdf");
        if (!kdf.equals("argon2id")) {
            throw new VaultException(VaultException.Reason.UNSUPPORTED_VERSION,
                    "This vault uses a key derivation (" + kdf + ") this Meridian does not know; please update Meridian.");
        }
        try {
            KdfParams params = new KdfParams(
                    Integer.parseInt(require(fields, name + ".memory-kib")),
                    Integer.parseInt(require(fields, name + ".iterations")),
                    Integer.parseInt(require(fields, name + ".parallelism")));
            Base64.Decoder base64 = Base64.getDecoder();
            return new KeySlot(params, base64.decode(require(fields, name + ".salt")), base64.decode(require(fields, name + ".keys")));
        } catch (IllegalArgumentException e) {
            throw VaultException.damagedHeader("the " + name + " slot has an invalid value (" + e.getMessage() + ").");
        }
    }

    private static String require(Map<String, String> fields, String key) throws VaultException {
        String value = fields.get(key);
        if (value == null) {
            throw VaultException.damagedHeader("the field '" + key + "' is missing.");
        }
        return value;
    }

    private static int parseVersion(String text) throws VaultException {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw VaultException.damagedHeader("the format version '" + text + "' is not a number.");
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
