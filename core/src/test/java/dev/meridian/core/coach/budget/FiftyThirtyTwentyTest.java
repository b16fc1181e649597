package dev.meridian.core.coach.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FiftyThirtyTwentyTest {

    private static final List<Category> CATEGORIES = List.of(
            new Category(1, "Housing", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS),
            new Category(2, "Rent", 1L, CategoryKind.EXPENSE, BudgetGroup.NEEDS),
            new Category(3, "Groceries", null, CategoryKind.EXPENSE, BudgetGroup.NEEDS),
            new Category(4, "Dining", null, CategoryKind.EXPENSE, BudgetGroup.WANTS),
            new Category(5, "Hobbies", null, CategoryKind.EXPENSE, BudgetGroup.WANTS),
            new Category(6, "Savings", null, CategoryKind.TRANSFER, BudgetGroup.SAVINGS),
            new Category(7, "Salary", null, CategoryKind.INCOME, null));

    private static Map<Long, BigDecimal> amounts(List<BudgetProposal> plan) {
        return plan.stream().collect(Collectors.toMap(BudgetProposal::categoryId, p -> p.amount().amount()));
    }

    @Test
    void splitsEachGroupByRecentSpending() {
        // needs 2500 split 1500:500 -> 1875 / 625; wants 1500 with no history -> 750 / 750; savings 1000
        var plan = new FiftyThirtyTwenty().plan(Money.of("5000", "USD"), CATEGORIES,
                Map.of(2L, new BigDecimal("1500"), 3L, new BigDecimal("500")));
        Map<Long, BigDecimal> a = amounts(plan);
        assertThat(a).doesNotContainKeys(1L, 7L);
        assertThat(a.get(2L)).isEqualByComparingTo("1875");
        assertThat(a.get(3L)).isEqualByComparingTo("625");
        assertThat(a.get(4L)).isEqualByComparingTo("750");
        assertThat(a.get(5L)).isEqualByComparingTo("750");
        assertThat(a.get(6L)).isEqualByComparingTo("1000");
    }

    @Test
    void centsAddUpExactlyPerGroup() {
        // needs = 3333.33 * 0.5 = 1666.665 -> 1666.66 (half-even); two equal halves 833.33 + remainder 0.00
        // wants = 999.999 -> 1000.00 split in two: 500.00 each; savings 666.666 -> 666.67
        var plan = new FiftyThirtyTwenty().plan(Money.of("3333.33", "USD"), CATEGORIES, Map.of());
        Map<Long, BigDecimal> a = amounts(plan);
        assertThat(a.get(2L).add(a.get(3L))).isEqualByComparingTo("1666.66");
        assertThat(a.get(4L).add(a.get(5L))).isEqualByComparingTo("1000.00");
        assertThat(a.get(6L)).isEqualByComparingTo("666.67");
        assertThat(plan).allSatisfy(p -> assertThat(p.amount().amount().scale()).isEqualTo(2));
    }

    @Test
    void refusesWithoutIncome() {
        assertThatThrownBy(() -> new FiftyThirtyTwenty().plan(Money.zero("USD"), CATEGORIES, Map.of()))
                .hasMessageContaining("positive monthly income");
    }
}
