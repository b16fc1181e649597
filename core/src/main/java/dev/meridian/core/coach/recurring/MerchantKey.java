package dev.meridian.core.coach.recurring;

import dev.meridian.core.domain.Transaction;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The merchant a booking belongs to, normalised so that "SPOTIFY USA 877-778-1161", "Spotify" and
 * "SQ *Spotify #12" group together: lower case, card-processor prefixes, digits and punctuation
 * dropped, spaces collapsed.
 */
public final class MerchantKey {

    private static final Pattern PROCESSOR_PREFIX = Pattern.compile("^(sq|tst|pp|paypal|sp|ach|pos|dd)\\s*\\*\\s*");
    private static final Pattern NOISE = Pattern.compile("[^a-z&+ ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MerchantKey() {
    }

    /** The key of a booking: its payee, or its description when it has no payee; "" when it has neither. */
    public static String of(Transaction t) {
        String name = t.payee() != null && !t.payee().isBlank() ? t.payee() : t.description();
        return of(name);
    }

    public static String of(String name) {
        if (name == null) return "";
        String s = name.toLowerCase(Locale.ROOT).strip();
        s = PROCESSOR_PREFIX.matcher(s).replaceFirst("");
        s = NOISE.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
