package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.money.Money;

/**
 * One category's budget in one month. {@code available} = the monthly amount + {@code carried}
 * (what rollover brought from earlier months, negative after overspending); {@code remaining} =
 * available − spent; {@code progress} = spent / available (1.0 and more is over budget).
 */
public record BudgetLine(Category category, Budget budget, Money carried, Money available, Money spent, Money remaining,
                         double progress, BudgetState state) {

    static final double WARNING_AT = 0.8;

    static BudgetState stateOf(double progress) {
        if (progress > 1.0) return BudgetState.EXCEEDED;
        return progress >= WARNING_AT ? BudgetState.WARNING : BudgetState.ON_TRACK;
    }
}
