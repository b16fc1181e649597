package dev.meridian.core.coach.rules;

import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import dev.meridian.core.domain.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Categorises bookings by rules tried in the given order (the repository's: highest priority first);
 * the first rule whose text test and amount range both pass wins. Text tests ignore case;
 * amount bounds apply to the absolute amount and are inclusive.
 */
public final class RuleMatcher {

    private record Compiled(CategoryRule rule, Pattern regex, String needle) {}

    private final List<Compiled> rules;

    /** @throws IllegalArgumentException naming the rule when a regular expression does not compile */
    public RuleMatcher(List<CategoryRule> orderedRules) {
        List<Compiled> compiled = new ArrayList<>();
        for (CategoryRule r : orderedRules) {
            Pattern regex = null;
            if (r.match() == RuleMatch.REGEX) {
                try {
                    regex = Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("Rule " + r.id() + " has an invalid pattern '" + r.pattern() + "': "
                            + e.getDescription(), e);
                }
            }
            compiled.add(new Compiled(r, regex, r.pattern().toLowerCase(Locale.ROOT)));
        }
        this.rules = List.copyOf(compiled);
    }

    /** The first matching rule, if any. */
    public Optional<CategoryRule> match(Transaction t) {
        for (Compiled c : rules) {
            if (matches(c, t)) return Optional.of(c.rule());
        }
        return Optional.empty();
    }

    /** {@code transactions} with a category filled in where none was set and a rule matches; others unchanged. */
    public List<Transaction> categorise(List<Transaction> transactions) {
        List<Transaction> out = new ArrayList<>(transactions.size());
        for (Transaction t : transactions) {
            if (t.categoryId() != null) {
                out.add(t);
                continue;
            }
            out.add(match(t).map(r -> t.withCategory(r.categoryId())).orElse(t));
        }
        return out;
    }

    private static boolean matches(Compiled c, Transaction t) {
        CategoryRule r = c.rule();
        String text = r.field() == RuleField.PAYEE ? t.payee() : t.description();
        if (text == null) return false;
        boolean textMatches = switch (r.match()) {
            case CONTAINS -> text.toLowerCase(Locale.ROOT).contains(c.needle());
            case EQUALS -> text.strip().equalsIgnoreCase(r.pattern().strip());
            case REGEX -> c.regex().matcher(text).find();
        };
        if (!textMatches) return false;
        BigDecimal amount = t.amount().amount().abs();
        if (r.minAmount() != null && amount.compareTo(r.minAmount()) < 0) return false;
        return r.maxAmount() == null || amount.compareTo(r.maxAmount()) <= 0;
    }
}
