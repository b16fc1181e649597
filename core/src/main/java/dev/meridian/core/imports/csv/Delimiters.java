package dev.meridian.core.imports.csv;

import java.util.List;

/** Guesses a CSV file's delimiter (comma, semicolon or tab) from its first lines. */
public final class Delimiters {

    public static final List<Character> CANDIDATES = List.of(',', ';', '\t');
    private static final int SAMPLE_LINES = 20;

    private Delimiters() {}

    /**
     * The candidate that splits the sample lines into the same number (more than one) of fields most
     * consistently, counting only delimiters outside quotes; comma when nothing fits better.
     */
    public static char sniff(CharSequence text) {
        List<String> lines = firstLines(text);
        char best = ',';
        double bestScore = 0;
        for (char d : CANDIDATES) {
            int[] counts = lines.stream().mapToInt(l -> countOutsideQuotes(l, d)).toArray();
            if (counts.length == 0 || counts[0] == 0) continue;
            int same = 0;
            for (int c : counts) if (c == counts[0]) same++;
            double score = same * 1000.0 / counts.length + counts[0];
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    public static String label(char delimiter) {
        return switch (delimiter) {
            case ',' -> "Comma (,)";
            case ';' -> "Semicolon (;)";
            case '\t' -> "Tab";
            default -> "'" + delimiter + "'";
        };
    }

    private static List<String> firstLines(CharSequence text) {
        String head = text.subSequence(0, Math.min(text.length(), 64 * 1024)).toString();
        return head.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toList();
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == d && !quoted) count++;
        }
        return count;
    }
}
