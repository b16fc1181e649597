package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spent versus budget for a month. A budget covers its category and those children that have no
 * budget of their own. With rollover, each month since the budget began passes on
 * (amount − spent): unspent money adds to the next month, overspending takes from it.
 */
public final class BudgetCalculator {

    public BudgetMonth month(YearMonth month, List<Budget> budgets, List<Category> categories, MonthlySpending spending) {
        Map<Long, Budget> active = new LinkedHashMap<>();
        for (Budget b : budgets) {
            if (!activeIn(b, month)) continue;
            active.merge(b.categoryId(), b, (x, y) -> y.firstMonth().isAfter(x.firstMonth()) ? y : x);
        }
        Map<Long, Category> byId = new LinkedHashMap<>();
        for (Category c : categories) byId.put(c.id(), c);
        List<BudgetLine> lines = new ArrayList<>();
        for (Budget b : active.values()) {
            Category category = byId.get(b.categoryId());
            if (category == null) continue;
            Set<Long> covered = covered(category, categories, active.keySet());
            lines.add(line(b, category, covered, month, spending));
        }
        lines.sort(Comparator.comparing((BudgetLine l) -> groupOrder(l.category().group())).thenComparing(l -> l.category().name()));
        return new BudgetMonth(month, lines, totals(lines, spending.currency()));
    }

    private static BudgetLine line(Budget b, Category category, Set<Long> covered, YearMonth month, MonthlySpending spending) {
        String ccy = b.monthlyAmount().currency();
        BigDecimal carried = BigDecimal.ZERO;
        if (b.rollover()) {
            for (YearMonth m = b.firstMonth(); m.isBefore(month); m = m.plusMonths(1)) {
                carried = carried.add(b.monthlyAmount().amount()).subtract(spent(covered, m, spending));
            }
        }
        BigDecimal available = b.monthlyAmount().amount().add(carried);
        BigDecimal spent = spent(covered, month, spending);
        double progress = available.signum() > 0
                ? spent.divide(available, MathContext.DECIMAL64).doubleValue()
                : spent.signum() > 0 ? Double.POSITIVE_INFINITY : 0;
        return new BudgetLine(category, b, new Money(carried, ccy), new Money(available, ccy), new Money(spent, ccy),
                new Money(available.subtract(spent), ccy), progress, BudgetLine.stateOf(progress));
    }

    private static BigDecimal spent(Set<Long> categories, YearMonth month, MonthlySpending spending) {
        BigDecimal sum = BigDecimal.ZERO;
        for (long id : categories) sum = sum.add(spending.spent(month, id));
        return sum;
    }

    /** The category itself and, recursively, its children that have no budget of their own. */
    static Set<Long> covered(Category root, List<Category> categories, Set<Long> budgeted) {
        Set<Long> covered = new HashSet<>();
        covered.add(root.id());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Category c : categories) {
                if (c.parentId() != null && covered.contains(c.parentId()) && !budgeted.contains(c.id()) && covered.add(c.id())) grew = true;
            }
        }
        return covered;
    }

    static boolean activeIn(Budget b, YearMonth month) {
        return !b.firstMonth().isAfter(month) && (b.lastMonth() == null || !b.lastMonth().isBefore(month));
    }

    private static List<GroupTotal> totals(List<BudgetLine> lines, String currency) {
        Map<Optional<BudgetGroup>, Money[]> sums = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            Money[] s = sums.computeIfAbsent(Optional.ofNullable(l.category().group()),
                    g -> new Money[] {Money.zero(currency), Money.zero(currency)});
            s[0] = s[0].plus(l.available());
            s[1] = s[1].plus(l.spent());
        }
        List<GroupTotal> out = new ArrayList<>();
        sums.forEach((g, s) -> out.add(new GroupTotal(g.orElse(null), s[0], s[1])));
        return out;
    }

    private static int groupOrder(BudgetGroup g) {
        return g == null ? BudgetGroup.values().length : g.ordinal();
    }
}
