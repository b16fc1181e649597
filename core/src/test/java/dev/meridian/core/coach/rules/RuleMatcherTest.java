package dev.meridian.core.coach.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.coach.Bookings;
import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import dev.meridian.core.domain.RuleOrigin;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

    private final Bookings b = new Bookings(1);

    private static CategoryRule rule(long id, long category, RuleField field, RuleMatch match, String pattern, String min, String max) {
        return new CategoryRule(id, category, field, match, pattern, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), 10, RuleOrigin.USER);
    }

    private static Transaction described(String description, String amount) {
        return Transaction.cash(1, TransactionType.WITHDRAWAL, LocalDate.parse("2026-01-01"), Money.of(amount, "USD"), null, description, null);
    }

    @Test
    void firstMatchingRuleInOrderWinsAndAmountRangesAreInclusiveOnTheAbsoluteAmount() {
        RuleMatcher m = new RuleMatcher(List.of(
                rule(1, 50, RuleField.PAYEE, RuleMatch.CONTAINS, "amazon", "100", null),       // big Amazon orders: electronics
                rule(2, 51, RuleField.PAYEE, RuleMatch.CONTAINS, "AMAZON", null, null),        // the rest: shopping
                rule(3, 52, RuleField.PAYEE, RuleMatch.EQUALS, " Uber ", null, "40"),
                rule(4, 53, RuleField.DESCRIPTION, RuleMatch.REGEX, "whole ?foods|trader joe", null, null)));
        assertThat(m.match(b.charge("2026-01-01", "100", "Amazon.com", null))).map(CategoryRule::categoryId).contains(50L);
        assertThat(m.match(b.charge("2026-01-01", "99.99", "amazon marketplace", null))).map(CategoryRule::categoryId).contains(51L);
        assertThat(m.match(b.charge("2026-01-01", "40", "UBER", null))).map(CategoryRule::categoryId).contains(52L);
        assertThat(m.match(b.charge("2026-01-01", "40.01", "Uber", null))).isEmpty();
        assertThat(m.match(b.charge("2026-01-01", "12", "Uber Eats", null))).isEmpty();
        assertThat(m.match(described("WHOLEFOODS #12", "-80"))).map(CategoryRule::categoryId).contains(53L);
    }

    @Test
    void categorisesOnlyUncategorisedBookings() {
        RuleMatcher m = new RuleMatcher(List.of(rule(1, 50, RuleField.PAYEE, RuleMatch.CONTAINS, "shell", null, null)));
        var out = m.categorise(List.of(b.charge("2026-01-01", "40", "Shell", null), b.charge("2026-01-01", "40", "Shell", 99L),
                b.charge("2026-01-01", "40", "Chevron", null)));
        assertThat(out).extracting(Transaction::categoryId).containsExactly(50L, 99L, null);
    }

    @Test
    void invalidRegexIsNamedWithItsRule() {
        assertThatThrownBy(() -> new RuleMatcher(List.of(rule(7, 50, RuleField.PAYEE, RuleMatch.REGEX, "(unclosed", null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rule 7").hasMessageContaining("(unclosed");
    }
}
