package dev.meridian.core.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample import files under src/test/resources/imports. */
final class Samples {

    private Samples() {}

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) throw new IllegalArgumentException("No sample " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return DecodedText.detect(bytes(name)).text();
    }
}
