package dev.meridian.core.vault;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Recovery codes: 32 random base32 characters (160 bits) shown as eight groups of four, e.g.
 * {@code K7QD-M2XA-...}. Input is accepted with or without dashes, spaces or lower case.
 */
final class RecoveryCode {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int LENGTH = 32;
    private static final int GROUP = 4;

    private RecoveryCode() {}

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The canonical secret fed to the KDF: upper-case base32 characters only. */
    static char[] normalize(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(LENGTH);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            kept.append(c);
        }
        char[] result = new char[kept.length()];
        kept.getChars(0, kept.length(), result, 0);
        kept.setLength(0);
        return result;
    }
}
