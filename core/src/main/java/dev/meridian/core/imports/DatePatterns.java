package dev.meridian.core.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The date formats imports understand, and which of them fit a column. Patterns are written the way
 * users know them ({@code dd/MM/yyyy}); single letters accept one or two digits ("5/3/2024").
 * When both day-first and month-first fit every sample, the column is ambiguous and the user decides.
 */
public final class DatePatterns {

    public static final List<String> KNOWN = List.of(
            "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "MM-dd-yyyy", "yyyy/MM/dd",
            "dd/MM/yy", "MM/dd/yy", "dd.MM.yy", "yyyyMMdd", "d MMM yyyy", "dd MMM yyyy", "MMM d, yyyy");

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DatePatterns() {}

    /** Parses {@code text} (a trailing time such as " 14:30:00" is ignored) or throws with a readable reason. */
    public static LocalDate parse(String text, String pattern) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("is empty");
        String s = withoutTime(text.strip());
        try {
            return LocalDate.parse(s, formatter(pattern));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date in the format " + pattern);
        }
    }

    public static boolean fits(String text, String pattern) {
        try {
            parse(text, pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What {@link #detect} found: every known pattern that reads all samples, best first. */
    public record Detection(List<String> candidates) {
        public boolean found() {
            return !candidates.isEmpty();
        }

        /** True when a day-first and a month-first pattern both read every sample (e.g. only "03/04/2024"). */
        public boolean ambiguous() {
            boolean dayFirst = candidates.stream().anyMatch(p -> p.startsWith("d"));
            boolean monthFirst = candidates.stream().anyMatch(p -> p.startsWith("M"));
            return dayFirst && monthFirst;
        }

        public String best() {
            return candidates.isEmpty() ? null : candidates.getFirst();
        }
    }

    public static Detection detect(Iterable<String> samples) {
        List<String> fitting = new ArrayList<>();
        for (String pattern : KNOWN) {
            boolean all = true;
            boolean any = false;
            for (String s : samples) {
                if (s == null || s.isBlank()) continue;
                any = true;
                if (!fits(s, pattern)) {
                    all = false;
                    break;
                }
            }
            if (all && any) fitting.add(pattern);
        }
        return new Detection(List.copyOf(fitting));
    }

    private static String withoutTime(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) return s;
        int cut = Math.max(s.lastIndexOf(' ', colon), s.lastIndexOf('T', colon));
        return cut > 0 ? s.substring(0, cut).strip() : s;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return FORMATTERS.computeIfAbsent(pattern, p -> new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(lenientWidths(p).replace('y', 'u'))
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT));
    }

    /** "dd" and "MM" accept one digit too when separators surround them ("5/3/2024"). */
    private static String lenientWidths(String pattern) {
        if (!pattern.contains("/") && !pattern.contains(".") && !pattern.contains("-") && !pattern.contains(" ")) return pattern;
        String days = pattern.replace("dd", "d");
        return days.contains("MMM") ? days : days.replace("MM", "M");
    }
}
