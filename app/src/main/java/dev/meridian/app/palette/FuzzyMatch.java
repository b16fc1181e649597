package dev.meridian.app.palette;

import java.util.Locale;

/**
 * Scores how well a typed query matches a title, the way editors' command palettes do: every query
 * character must appear in order; consecutive runs, word starts and an early first hit score higher.
 */
public final class FuzzyMatch {

    /** Returned when the query is not a subsequence of the text. */
    public static final int NO_MATCH = -1;

    private FuzzyMatch() {
    }

    public static int score(String query, String text) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) return 0;
        String t = text.toLowerCase(Locale.ROOT);
        int score = 0;
        int from = 0;
        int previous = -2;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == ' ') continue;
            int at = t.indexOf(c, from);
            if (at < 0) return NO_MATCH;
            score += 1;
            if (at == previous + 1) score += 5;
            if (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1))) score += 8;
            previous = at;
            from = at + 1;
        }
        int firstHit = t.indexOf(firstNonSpace(q));
        score += Math.max(0, 10 - firstHit);
        if (t.startsWith(q)) score += 20;
        return score;
    }

    private static char firstNonSpace(String q) {
        for (int i = 0; i < q.length(); i++) {
            if (q.charAt(i) != ' ') return q.charAt(i);
        }
        return ' ';
    }
}
