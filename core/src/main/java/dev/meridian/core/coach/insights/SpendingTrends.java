package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.budget.MonthlySpending;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.CategoryKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A savings opportunity: a spending category that cost at least {@link #RISE} more in {@code month}
 * than the median of the three months before, and at least {@link #MIN_DIFFERENCE} more in money
 * (a coffee budget going from 4 to 6 is not worth a word).
 */
public final class SpendingTrends {

    static final BigDecimal RISE = new BigDecimal("1.25");
    static final BigDecimal MIN_DIFFERENCE = new BigDecimal("25");

    private SpendingTrends() {
    }

    public static List<Insight> of(MonthlySpending spending, List<Category> categories, YearMonth month) {
        List<Insight> out = new ArrayList<>();
        for (Category c : categories) {
            if (c.kind() != CategoryKind.EXPENSE) continue;
            BigDecimal now = spending.spent(month, c.id());
            BigDecimal[] before = new BigDecimal[3];
            for (int i = 0; i < 3; i++) before[i] = spending.spent(month.minusMonths(i + 1L), c.id());
            Arrays.sort(before);
            BigDecimal median = before[1];
            if (median.signum() <= 0) continue;
            if (now.compareTo(median.multiply(RISE)) < 0 || now.subtract(median).compareTo(MIN_DIFFERENCE) < 0) continue;
            long percent = now.subtract(median).multiply(BigDecimal.valueOf(100)).divide(median, 0, RoundingMode.HALF_UP).longValue();
            out.add(new Insight(InsightKind.SAVINGS_OPPORTUNITY, "trend:" + c.id() + ":" + month,
                    c.name() + " up " + percent + " % in " + month,
                    "Spent " + Amounts.of(now) + " " + spending.currency() + " against a median of " + Amounts.of(median) + " "
                            + spending.currency() + " over the three months before. Bringing it back to the usual level saves "
                            + Amounts.of(now.subtract(median)) + " " + spending.currency() + " a month.",
                    InsightLink.category(c.id(), month)));
        }
        return out;
    }
}
