package dev.meridian.core.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Account;
import dev.meridian.core.domain.AccountType;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.CategoryRule;
import dev.meridian.core.domain.Goal;
import dev.meridian.core.domain.GoalContribution;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.RuleField;
import dev.meridian.core.domain.RuleMatch;
import dev.meridian.core.domain.RuleOrigin;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Category rules, budgets, goals and recurring series. */
class PlanningRepositoryTest extends DatabaseFixture {

    long food;
    long giro;

    @BeforeEach
    void seed() {
        food = new CategoryRepository(dsl).insert(new Category(0, "Food", null, CategoryKind.EXPENSE, null)).id();
        giro = new AccountRepository(dsl).insert(new Account(0, "Giro", AccountType.BANK, "EUR", null, null, null, null, false, null)).id();
    }

    @Test
    void categoryRulesRoundTripInPriorityOrder() {
        var repo = new CategoryRuleRepository(dsl);
        CategoryRule full = repo.insert(new CategoryRule(0, food, RuleField.PAYEE, RuleMatch.REGEX, "^REWE.*", new BigDecimal("1.5"),
                new BigDecimal("200"), 5, RuleOrigin.LEARNED));
        CategoryRule bare = repo.insert(new CategoryRule(0, food, RuleField.DESCRIPTION, RuleMatch.CONTAINS, "bakery", null, null, 9, RuleOrigin.USER));
        assertThat(repo.find(full.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(full);
        assertThat(repo.find(bare.id())).contains(bare);
        assertThat(repo.all()).extracting(CategoryRule::id).containsExactly(bare.id(), full.id());
        CategoryRule changed = new CategoryRule(full.id(), food, RuleField.PAYEE, RuleMatch.EQUALS, "Aldi", null, null, 1, RuleOrigin.USER);
        repo.update(changed);
        assertThat(repo.find(full.id())).contains(changed);
        repo.delete(bare.id());
        assertThat(repo.all()).containsExactly(changed);
    }

    @Test
    void budgetsRoundTripAndActiveMonths() {
        var repo = new BudgetRepository(dsl);
        Budget open = repo.insert(new Budget(0, food, Money.of("400.25", "EUR"), YearMonth.of(2025, 1), null, true));
        Budget closed = repo.insert(new Budget(0, food, Money.of("300", "EUR"), YearMonth.of(2024, 1), YearMonth.of(2024, 12), false));
        assertThat(repo.find(open.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(open);
        assertThat(repo.find(closed.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(closed);
        assertThat(repo.activeIn(YearMonth.of(2024, 12))).extracting(Budget::id).containsExactly(closed.id());
        assertThat(repo.activeIn(YearMonth.of(2030, 6))).extracting(Budget::id).containsExactly(open.id());
        assertThat(repo.activeIn(YearMonth.of(2023, 6))).isEmpty();
        repo.update(new Budget(open.id(), food, Money.of("1", "EUR"), YearMonth.of(2025, 2), YearMonth.of(2025, 3), false));
        assertThat(repo.find(open.id()).orElseThrow().lastMonth()).isEqualTo(YearMonth.of(2025, 3));
        repo.delete(closed.id());
        assertThat(repo.all()).hasSize(1);
    }

    @Test
    void goalsAndContributionsRoundTrip() {
        var repo = new GoalRepository(dsl);
        Goal full = repo.insert(new Goal(0, "House", Money.of("50000", "EUR"), LocalDate.of(2030, 1, 1), giro, LocalDate.of(2025, 1, 1)));
        Goal bare = repo.insert(new Goal(0, "Bike", Money.of("900.5", "EUR"), null, null, null));
        assertThat(repo.find(full.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(full);
        assertThat(repo.find(bare.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(bare);
        GoalContribution c1 = repo.addContribution(new GoalContribution(0, bare.id(), LocalDate.of(2025, 2, 1), Money.of("100", "EUR"), "start"));
        GoalContribution c0 = repo.addContribution(new GoalContribution(0, bare.id(), LocalDate.of(2025, 1, 1), Money.of("50.5", "EUR"), null));
        assertThat(repo.contributions(bare.id())).usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(c0, c1);
        repo.deleteContribution(c0.id());
        assertThat(repo.contributions(bare.id())).hasSize(1);
        repo.update(new Goal(full.id(), "Flat", Money.of("1", "USD"), null, null, null));
        assertThat(repo.find(full.id()).orElseThrow().target().currency()).isEqualTo("USD");
        repo.delete(bare.id());
        assertThat(repo.contributions(bare.id())).isEmpty();
        assertThat(repo.all()).extracting(Goal::name).containsExactly("Flat");
    }

    @Test
    void recurringSeriesRoundTripAndStatusFilter() {
        var repo = new RecurringSeriesRepository(dsl);
        RecurringSeries full = repo.insert(new RecurringSeries(0, "Netflix", giro, food, Cadence.MONTHLY, Money.of("-12.99", "EUR"),
                LocalDate.of(2025, 1, 5), LocalDate.of(2025, 2, 5), true, RecurringStatus.CONFIRMED));
        RecurringSeries bare = repo.insert(new RecurringSeries(0, "Gym", null, null, Cadence.YEARLY, Money.of("-300", "EUR"),
                null, null, false, RecurringStatus.DETECTED));
        assertThat(repo.find(full.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(full);
        assertThat(repo.find(bare.id()).orElseThrow()).usingRecursiveComparison(BY_VALUE).isEqualTo(bare);
        assertThat(repo.all()).extracting(RecurringSeries::payee).containsExactly("Netflix", "Gym");
        assertThat(repo.withStatus(RecurringStatus.DETECTED)).extracting(RecurringSeries::payee).containsExactly("Gym");
        RecurringSeries ignored = new RecurringSeries(bare.id(), "Gym", null, null, Cadence.YEARLY, Money.of("-300", "EUR"), null, null,
                false, RecurringStatus.IGNORED);
        repo.update(ignored);
        assertThat(repo.withStatus(RecurringStatus.DETECTED)).isEmpty();
        repo.delete(full.id());
        assertThat(repo.all()).hasSize(1);
    }
}
