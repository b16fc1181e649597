package dev.meridian.core.coach.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.coach.CoachDatabase;
import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import dev.meridian.core.domain.RuleOrigin;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.CategoryCorrectionRepository;
import dev.meridian.core.repo.CategoryRuleRepository;
import dev.meridian.core.repo.TransactionRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLearnerTest {

    @TempDir Path dir;
    private CoachDatabase db;
    private TransactionRepository transactions;
    private CategoryRuleRepository rules;
    private RuleLearner learner;
    private Account card;
    private Category shopping;
    private Category dining;

    @BeforeEach
    void open() {
        db = new CoachDatabase(dir);
        transactions = new TransactionRepository(db.dsl);
        rules = new CategoryRuleRepository(db.dsl);
        learner = new RuleLearner(new CategoryCorrectionRepository(db.dsl), rules, Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
        card = db.account("Card");
        shopping = db.expense("Shopping", null);
        dining = db.expense("Dining", null);
        // The user's broad rule files everything from "Market" under shopping.
        rules.insert(new CategoryRule(0, shopping.id(), RuleField.PAYEE, RuleMatch.CONTAINS, "market", null, null, 10, RuleOrigin.USER));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Transaction booked(String date, String payee, Long category) {
        return transactions.insert(Transaction.cash(card.id(), TransactionType.WITHDRAWAL, LocalDate.parse(date), Money.of("-20", "USD"),
                payee, null, category));
    }

    private Optional<LearnedRule> recategorise(Transaction t, Category to) {
        Transaction after = t.withCategory(to.id());
        transactions.update(after);
        return learner.recordEdit(t, after);
    }

    @Test
    void learnsAfterTwoConsistentCorrectionsAndTheRuleCategorisesNewBookings() {
        Transaction first = booked("2026-04-01", "Eataly Market", shopping.id());
        Transaction second = booked("2026-04-08", "Eataly Market", shopping.id());

        assertThat(recategorise(first, dining)).isEmpty();
        // Flipping the same booking again is not a second data point.
        assertThat(learner.recordEdit(first.withCategory(shopping.id()), first.withCategory(dining.id()))).isEmpty();
        LearnedRule learned = recategorise(second, dining).orElseThrow();

        assertThat(learned.created()).isTrue();
        assertThat(learned.rule().origin()).isEqualTo(RuleOrigin.LEARNED);
        assertThat(learned.rule().match()).isEqualTo(RuleMatch.EQUALS);
        assertThat(learned.rule().pattern()).isEqualTo("Eataly Market");
        assertThat(rules.all().getFirst().id()).isEqualTo(learned.rule().id());   // tried before the broad user rule

        Transaction next = Transaction.cash(card.id(), TransactionType.WITHDRAWAL, LocalDate.parse("2026-05-02"), Money.of("-31", "USD"),
                "EATALY MARKET", null, null);
        Transaction other = Transaction.cash(card.id(), TransactionType.WITHDRAWAL, LocalDate.parse("2026-05-02"), Money.of("-9", "USD"),
                "Farmers Market", null, null);
        var categorised = new RuleMatcher(rules.all()).categorise(List.of(next, other));
        assertThat(categorised).extracting(Transaction::categoryId).containsExactly(dining.id(), shopping.id());
    }

    @Test
    void aChangeOfMindRepointsTheLearnedRule() {
        Transaction a = booked("2026-04-01", "Eataly Market", shopping.id());
        Transaction b = booked("2026-04-02", "Eataly Market", shopping.id());
        Transaction c = booked("2026-04-03", "Eataly Market", shopping.id());
        recategorise(a, dining);
        long ruleId = recategorise(b, dining).orElseThrow().rule().id();
        Transaction aDining = transactions.find(a.id()).orElseThrow();
        Transaction bDining = transactions.find(b.id()).orElseThrow();

        assertThat(recategorise(aDining, shopping)).isEmpty();   // one correction back is not yet a pattern
        LearnedRule repointed = recategorise(bDining, shopping).orElseThrow();
        assertThat(repointed.created()).isFalse();
        assertThat(repointed.rule().id()).isEqualTo(ruleId);
        assertThat(rules.find(ruleId).orElseThrow().categoryId()).isEqualTo(shopping.id());
        assertThat(rules.all()).hasSize(2);
        assertThat(recategorise(c, dining)).isEmpty();
    }
}
