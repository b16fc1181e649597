package dev.meridian.core.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The named values a connection keeps sealed in its credentials column: API keys, client ids, access
 * tokens, and the provider settings that travel with them (environment, base URL). Serialized as
 * properties text so that core needs no JSON library. {@link #toString()} names the keys only.
 */
public record ConnectionSecrets(Map<String, String> values) {

    public ConnectionSecrets {
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k == null || k.isBlank()) throw new IllegalArgumentException("A connection secret needs a name");
            if (v != null) copy.put(k, v);
        });
        values = Collections.unmodifiableSortedMap(copy);
    }

    public static ConnectionSecrets empty() {
        return new ConnectionSecrets(Map.of());
    }

    /** Reads what {@link #toBytes()} wrote; null or empty bytes give no values. */
    public static ConnectionSecrets fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length == 0) return empty();
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory reader failed", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Stored connection secrets are malformed", e);
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return new ConnectionSecrets(values);
    }

    public byte[] toBytes() {
        StringWriter out = new StringWriter();
        values.forEach((k, v) -> out.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value, or empty when missing or blank. */
    public Optional<String> get(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /** A copy with {@code key} set; a null or blank value removes it. */
    public ConnectionSecrets with(String key, String value) {
        TreeMap<String, String> next = new TreeMap<>(values);
        if (value == null || value.isBlank()) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new ConnectionSecrets(next);
    }

    @Override
    public String toString() {
        return "ConnectionSecrets" + values.keySet();
    }

    // Properties escaping, written by hand because Properties.store adds a timestamp comment line.
    private static String escape(String s, boolean key) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case '=', ':', '#', '!' -> b.append('\\').append(c);
                case ' ' -> b.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
