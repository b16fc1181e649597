package dev.meridian.core.imports.ofx;

import dev.meridian.core.imports.ImportFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * One tag of an OFX body with the text that follows it (trimmed, entities decoded; null when empty),
 * and the line it is on. The scanner skips the SGML header, the XML declaration and processing
 * instructions.
 */
record OfxTag(String name, boolean closing, String value, long line) {

    static List<OfxTag> scan(String text) {
        List<OfxTag> tags = new ArrayList<>();
        int n = text.length();
        int pos = text.indexOf('<');
        long line = 1 + countNewlines(text, 0, Math.max(pos, 0));
        while (pos >= 0 && pos < n) {
            int end = text.indexOf('>', pos);
            if (end < 0) throw new ImportFileException(line, "a tag is never closed (missing '>'): the file is truncated");
            String inner = text.substring(pos + 1, end).strip();
            int next = text.indexOf('<', end + 1);
            int valueEnd = next < 0 ? n : next;
            String value = text.substring(end + 1, valueEnd).strip();
            if (!inner.startsWith("?") && !inner.startsWith("!")) {
                boolean closing = inner.startsWith("/");
                String name = (closing ? inner.substring(1) : inner).strip().toUpperCase();
                int space = name.indexOf(' ');
                if (space > 0) name = name.substring(0, space);
                tags.add(new OfxTag(name, closing, closing || value.isEmpty() ? null : decode(value), line));
            }
            line += countNewlines(text, pos, valueEnd);
            pos = next;
        }
        return tags;
    }

    private static long countNewlines(String text, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') count++;
        }
        return count;
    }

    private static String decode(String value) {
        if (value.indexOf('&') < 0) return value;
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
