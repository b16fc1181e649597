package dev.meridian.core.coach.rules;

import dev.meridian.core.domain.Transaction;
import dev.meridian.core.repo.CategoryCorrectionRepository;
import dev.meridian.core.repo.CategoryRuleRepository;
import java.time.Clock;
import java.util.Optional;

/**
 * Categorisation of the user's bookings: a new booking without a category gets one from the rules,
 * and a change of category teaches them ({@link RuleLearner}).
 */
public final class Categorisation {

    private final CategoryRuleRepository rules;
    private final RuleLearner learner;

    public Categorisation(CategoryRuleRepository rules, CategoryCorrectionRepository corrections, Clock clock) {
        this.rules = rules;
        this.learner = new RuleLearner(corrections, rules, clock);
    }

    /** {@code t} with the first matching rule's category when it has none; otherwise {@code t} unchanged. */
    public Transaction categorise(Transaction t) {
        if (t.categoryId() != null) return t;
        return new RuleMatcher(rules.all()).match(t).map(r -> t.withCategory(r.categoryId())).orElse(t);
    }

    /** Records the user's edit; returns the rule it taught, if any. */
    public Optional<LearnedRule> learnFrom(Transaction before, Transaction after) {
        return learner.recordEdit(before, after);
    }
}
