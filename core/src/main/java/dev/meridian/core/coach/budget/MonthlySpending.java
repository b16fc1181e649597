package dev.meridian.core.coach.budget;

import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Money spent per category and month, and income per month, in one currency. Spending is the
 * negated sum of a category's bookings (a refund lowers it); the incoming half of a transfer is left
 * out so that money moved to savings counts once. Income is what INCOME categories received.
 */
public final class MonthlySpending {

    private final String currency;
    private final Map<YearMonth, Map<Long, BigDecimal>> spent = new HashMap<>();
    private final Map<YearMonth, BigDecimal> income = new HashMap<>();

    private MonthlySpending(String currency) {
        this.currency = currency;
    }

    public static MonthlySpending of(Iterable<Transaction> transactions, Iterable<Category> categories, String currency) {
        Set<Long> incomeCategories = new HashSet<>();
        for (Category c : categories) if (c.kind() == CategoryKind.INCOME) incomeCategories.add(c.id());
        MonthlySpending s = new MonthlySpending(currency);
        for (Transaction t : transactions) {
            if (t.categoryId() == null || !t.amount().currency().equals(currency) || t.type() == TransactionType.TRANSFER_IN) continue;
            YearMonth month = YearMonth.from(t.date());
            BigDecimal amount = t.amount().amount();
            if (incomeCategories.contains(t.categoryId())) {
                s.income.merge(month, amount, BigDecimal::add);
            } else {
                s.spent.computeIfAbsent(month, m -> new HashMap<>()).merge(t.categoryId(), amount.negate(), BigDecimal::add);
            }
        }
        return s;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal spent(YearMonth month, long categoryId) {
        return spent.getOrDefault(month, Map.of()).getOrDefault(categoryId, BigDecimal.ZERO);
    }

    public BigDecimal income(YearMonth month) {
        return income.getOrDefault(month, BigDecimal.ZERO);
    }

    /** Median income of the {@code months} whole months before {@code month}: one bonus month does not set the plan. */
    public BigDecimal typicalIncome(YearMonth month, int months) {
        BigDecimal[] values = new BigDecimal[months];
        for (int i = 0; i < months; i++) values[i] = income(month.minusMonths(i + 1L));
        Arrays.sort(values);
        return values[(months - 1) / 2];
    }

    /** Average spending of a category over the {@code months} whole months before {@code month}. */
    public BigDecimal averageSpent(YearMonth month, long categoryId, int months) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= months; i++) sum = sum.add(spent(month.minusMonths(i), categoryId));
        return sum.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
    }
}
