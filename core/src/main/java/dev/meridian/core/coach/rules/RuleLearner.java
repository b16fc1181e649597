package dev.meridian.core.coach.rules;

import dev.meridian.core.coach.recurring.MerchantKey;
import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import dev.meridian.core.domain.RuleOrigin;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.repo.CategoryCorrectionRepository;
import dev.meridian.core.repo.CategoryCorrectionRepository.Correction;
import dev.meridian.core.repo.CategoryRuleRepository;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Learns categorisation rules from the user's re-categorisations. Every change of a transaction's
 * category is recorded; once the user has moved {@link #CONSISTENT_CORRECTIONS} different
 * transactions of one payee to the same category in a row, a LEARNED rule "payee equals X → that
 * category" is created (or an earlier learned rule for X is re-pointed). Learned rules rank above
 * the user's broad rules: they encode a correction of them.
 */
public final class RuleLearner {

    static final int CONSISTENT_CORRECTIONS = 2;
    static final int LEARNED_PRIORITY = 100;

    private final CategoryCorrectionRepository corrections;
    private final CategoryRuleRepository rules;
    private final Clock clock;

    public RuleLearner(CategoryCorrectionRepository corrections, CategoryRuleRepository rules, Clock clock) {
        this.corrections = corrections;
        this.rules = rules;
        this.clock = clock;
    }

    /** Records the edit {@code before} → {@code after}; returns the rule learned from it, if any. */
    public Optional<LearnedRule> recordEdit(Transaction before, Transaction after) {
        if (after.categoryId() == null || Objects.equals(before.categoryId(), after.categoryId())) return Optional.empty();
        String payee = after.payee();
        if (payee == null || payee.isBlank()) return Optional.empty();
        String key = MerchantKey.of(payee);
        if (key.isEmpty()) return Optional.empty();
        corrections.insert(new Correction(0, key, payee.strip(), after.id(), after.categoryId(), clock.instant()));
        if (!consistent(key, after.categoryId())) return Optional.empty();
        return Optional.ofNullable(learn(payee.strip(), after.categoryId()));
    }

    /** True when the latest corrections of this payee name {@code categoryId} for enough distinct transactions. */
    private boolean consistent(String key, long categoryId) {
        List<Correction> latest = corrections.latest(key, 20);
        Set<Long> transactions = new HashSet<>();
        for (Correction c : latest) {
            if (c.toCategoryId() != categoryId) break;
            transactions.add(c.transactionId());
        }
        return transactions.size() >= CONSISTENT_CORRECTIONS;
    }

    private LearnedRule learn(String payee, long categoryId) {
        for (CategoryRule r : rules.all()) {
            if (r.origin() != RuleOrigin.LEARNED || r.field() != RuleField.PAYEE || r.match() != RuleMatch.EQUALS) continue;
            if (!r.pattern().strip().equalsIgnoreCase(payee)) continue;
            if (r.categoryId() == categoryId) return null;
            CategoryRule repointed = new CategoryRule(r.id(), categoryId, r.field(), r.match(), r.pattern(), r.minAmount(),
                    r.maxAmount(), r.priority(), r.origin());
            rules.update(repointed);
            return new LearnedRule(repointed, false);
        }
        CategoryRule created = rules.insert(new CategoryRule(0, categoryId, RuleField.PAYEE, RuleMatch.EQUALS, payee, null, null,
                LEARNED_PRIORITY, RuleOrigin.LEARNED));
        return new LearnedRule(created, true);
    }
}
