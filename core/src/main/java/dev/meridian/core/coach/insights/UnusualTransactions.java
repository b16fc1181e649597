package dev.meridian.core.coach.insights;

import dev.meridian.core.coach.RobustStats;
import dev.meridian.core.coach.recurring.MerchantKey;
import dev.meridian.core.domain.Transaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spending far above what a merchant (or, for merchants seen fewer than {@link #MIN_HISTORY} times,
 * the category) usually costs: modified z-score 0.6745 (x − median) / MAD above {@link #Z_LIMIT}
 * (Iglewicz and Hoaglin's cut-off) for charges of the last {@code lookbackDays}. MAD is floored at
 * {@link #MAD_FLOOR} of the median, so a fixed-price charge that rises a little is a price change, not
 * an outlier. Only charges are tested; transfers between own accounts are not spending.
 */
public final class UnusualTransactions {

    static final int MIN_HISTORY = 8;
    static final double Z_LIMIT = 3.5;
    static final double MAD_FLOOR = 0.05;

    private record Robust(double median, double mad, int count) {}

    /** A growable array of one merchant's (or category's) charge amounts. */
    private static final class Charges {
        double[] values = new double[8];
        int count;

        void add(double v) {
            if (count == values.length) values = Arrays.copyOf(values, count * 2);
            values[count++] = v;
        }

        Robust robust() {
            double[] exact = Arrays.copyOf(values, count);
            double median = RobustStats.median(exact);
            return new Robust(median, RobustStats.mad(exact, median), count);
        }
    }

    private UnusualTransactions() {
    }

    public static List<Insight> of(List<Transaction> transactions, LocalDate today, int lookbackDays, Map<Long, String> categoryNames) {
        Map<String, String> keys = new HashMap<>();
        Map<String, Charges> byMerchant = new HashMap<>();
        Map<Long, Charges> byCategory = new HashMap<>();
        LocalDate from = today.minusDays(lookbackDays);
        List<Transaction> charges = new ArrayList<>();
        for (Transaction t : transactions) {
            if (!isCharge(t)) continue;
            if (!t.date().isBefore(from) && !t.date().isAfter(today)) charges.add(t);
            double amount = -t.amount().amount().doubleValue();
            byMerchant.computeIfAbsent(merchant(t, keys), k -> new Charges()).add(amount);
            if (t.categoryId() != null) byCategory.computeIfAbsent(t.categoryId(), k -> new Charges()).add(amount);
        }
        Map<String, Robust> merchantStats = new HashMap<>();
        Map<Long, Robust> categoryStats = new HashMap<>();
        List<Insight> out = new ArrayList<>();
        for (Transaction t : charges) {
            double amount = -t.amount().amount().doubleValue();
            Robust r = merchantStats.computeIfAbsent(merchant(t, keys), k -> byMerchant.get(k).robust());
            String against = "at " + t.payee();
            if (r.count() < MIN_HISTORY && t.categoryId() != null) {
                r = categoryStats.computeIfAbsent(t.categoryId(), k -> byCategory.get(k).robust());
                against = "in " + categoryNames.getOrDefault(t.categoryId(), "its category");
            }
            if (r.count() < MIN_HISTORY) continue;
            double z = RobustStats.modifiedZ(amount, r.median(), Math.max(r.mad(), MAD_FLOOR * r.median()));
            if (z <= Z_LIMIT) continue;
            String who = t.payee() != null ? t.payee() : t.description();
            out.add(new Insight(InsightKind.UNUSUAL_TRANSACTION, "unusual:" + t.id(),
                    "Unusual charge: " + Amounts.of(t.amount().abs()) + " " + (who == null ? "" : "at " + who),
                    "On " + t.date() + ", against a usual " + Amounts.of(BigDecimal.valueOf(r.median())) + " "
                            + t.amount().currency() + " " + against + " (" + r.count() + " charges, robust z-score "
                            + String.format(Locale.ROOT, "%.1f", z) + ").",
                    InsightLink.transactions(List.of(t.id()))));
        }
        return out;
    }

    static boolean isCharge(Transaction t) {
        return t.amount().signum() < 0 && t.transferAccountId() == null && !t.type().movesSecurities();
    }

    private static String merchant(Transaction t, Map<String, String> keys) {
        String name = t.payee() != null ? t.payee() : t.description() != null ? t.description() : "";
        return keys.computeIfAbsent(name, MerchantKey::of);
    }
}
