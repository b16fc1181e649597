package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.Budget;
import dev.meridian.core.money.Money;
import dev.meridian.core.repo.BudgetRepository;
import java.time.YearMonth;
import java.util.List;

/**
 * Changes a category's monthly budget from a month on, keeping history: a budget that began earlier
 * is closed the month before and a new one starts, so past months still show what was planned then.
 */
public final class BudgetWriter {

    private final BudgetRepository budgets;

    public BudgetWriter(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    /** Sets the budget of {@code categoryId} from {@code month} on; rollover is kept from the budget it replaces. */
    public Budget setAmount(long categoryId, YearMonth month, Money amount) {
        if (amount.signum() < 0) throw new IllegalArgumentException("A budget must not be negative: " + amount);
        List<Budget> all = budgets.all().stream().filter(b -> b.categoryId() == categoryId).toList();
        Budget current = all.stream().filter(b -> BudgetCalculator.activeIn(b, month))
                .reduce((x, y) -> y.firstMonth().isAfter(x.firstMonth()) ? y : x).orElse(null);
        if (current != null && current.firstMonth().equals(month)) {
            Budget updated = new Budget(current.id(), categoryId, amount, month, current.lastMonth(), current.rollover());
            budgets.update(updated);
            return updated;
        }
        boolean rollover = current != null && current.rollover();
        YearMonth until = current == null ? null : current.lastMonth();
        if (current != null) {
            budgets.update(new Budget(current.id(), categoryId, current.monthlyAmount(), current.firstMonth(), month.minusMonths(1),
                    current.rollover()));
        }
        return budgets.insert(new Budget(0, categoryId, amount, month, until, rollover));
    }

    /** Applies a template: every proposal becomes the category's budget from {@code month} on. */
    public void apply(YearMonth month, List<BudgetProposal> proposals) {
        for (BudgetProposal p : proposals) setAmount(p.categoryId(), month, p.amount());
    }
}
