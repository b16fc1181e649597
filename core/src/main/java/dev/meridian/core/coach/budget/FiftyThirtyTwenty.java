package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.BudgetGroup;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 50/30/20 template: half of the monthly income for needs, 30 % for wants, 20 % for savings.
 * Each group's share is split over its leaf categories in proportion to what they cost on average
 * lately (equally when nothing was spent), in cents; the rounding remainder goes to the largest
 * category so the group adds up exactly.
 */
public final class FiftyThirtyTwenty {

    public static BigDecimal share(BudgetGroup group) {
        return switch (group) {
            case NEEDS -> new BigDecimal("0.50");
            case WANTS -> new BigDecimal("0.30");
            case SAVINGS -> new BigDecimal("0.20");
        };
    }

    /** @param averageSpent recent average monthly spending per category id (missing = nothing spent) */
    public List<BudgetProposal> plan(Money monthlyIncome, List<Category> categories, Map<Long, BigDecimal> averageSpent) {
        if (monthlyIncome.signum() <= 0) {
            throw new IllegalArgumentException("The 50/30/20 template needs a positive monthly income, was " + monthlyIncome);
        }
        Set<Long> parents = new HashSet<>();
        for (Category c : categories) if (c.parentId() != null) parents.add(c.parentId());
        List<BudgetProposal> out = new ArrayList<>();
        for (BudgetGroup group : BudgetGroup.values()) {
            List<Category> members = categories.stream()
                    .filter(c -> c.group() == group && c.kind() != CategoryKind.INCOME && !parents.contains(c.id()))
                    .toList();
            if (members.isEmpty()) continue;
            BigDecimal target = monthlyIncome.amount().multiply(share(group)).setScale(2, RoundingMode.HALF_EVEN);
            out.addAll(split(target, members, averageSpent, group, monthlyIncome.currency()));
        }
        return out;
    }

    private static List<BudgetProposal> split(BigDecimal target, List<Category> members, Map<Long, BigDecimal> averageSpent,
                                              BudgetGroup group, String currency) {
        BigDecimal[] weights = new BigDecimal[members.size()];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal w = averageSpent.getOrDefault(members.get(i).id(), BigDecimal.ZERO).max(BigDecimal.ZERO);
            weights[i] = w;
            total = total.add(w);
        }
        if (total.signum() == 0) {
            Arrays.fill(weights, BigDecimal.ONE);
            total = BigDecimal.valueOf(weights.length);
        }
        BigDecimal[] amounts = new BigDecimal[weights.length];
        BigDecimal assigned = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < weights.length; i++) {
            amounts[i] = target.multiply(weights[i]).divide(total, 2, RoundingMode.DOWN);
            assigned = assigned.add(amounts[i]);
            if (weights[i].compareTo(weights[largest]) > 0) largest = i;
        }
        amounts[largest] = amounts[largest].add(target.subtract(assigned));
        List<BudgetProposal> out = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            Category c = members.get(i);
            out.add(new BudgetProposal(c.id(), c.name(), group, new Money(amounts[i], currency)));
        }
        return out;
    }
}
