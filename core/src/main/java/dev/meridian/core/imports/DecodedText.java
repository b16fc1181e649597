package dev.meridian.core.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file's bytes as text and the encoding that was used. A byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, bytes that are valid UTF-8 are UTF-8, anything else is windows-1252 (a superset of the
 * printable ISO-8859-1 range that European bank exports use). The user may force an encoding instead.
 */
public record DecodedText(String text, Charset charset, boolean detected) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }

    public static DecodedText detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new DecodedText(decode(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        if (startsWith(bytes, 0xFF, 0xFE)) return new DecodedText(decode(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        if (startsWith(bytes, 0xFE, 0xFF)) return new DecodedText(decode(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(utf8, StandardCharsets.UTF_8, true);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    /** Decodes with the encoding the user chose; a matching byte-order mark is dropped. */
    public static DecodedText forced(byte[] bytes, Charset charset) {
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) skip = 3;
        if ((charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))
                || (charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))) skip = 2;
        String text = decode(bytes, skip, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return new DecodedText(text, charset, false);
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
