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

    private UnusualTransactions() {
    }

    public static List<Insight> of(List<Transaction> transactions, LocalDate today, int lookbackDays, Map<Long, String> categoryNames) {
        Map<String, String> keys = new HashMap<>();
        Map<String, double[]> byMerchant = new HashMap<>();
        Map<Long, double[]> byCategory = new HashMap<>();
        Map<String, Integer> merchantCount = new HashMap<>();
        Map<Long, Integer> categoryCount = new HashMap<>();
        List<Transaction> charges = new ArrayList<>();
        for (Transaction t : transactions) {
            if (!isCharge(t)) continue;
            charges.add(t);
            double amount = -t.amount().amount().doubleValue();
            add(byMerchant, merchantCount, merchant(t, keys), amount);
            if (t.categoryId() != null) add(byCategory, categoryCount, t.categoryId(), amount);
        }
        Map<String, Robust> merchantStats = stats(byMerchant, merchantCount);
        Map<Long, Robust> categoryStats = stats(byCategory, categoryCount);
        LocalDate from = today.minusDays(lookbackDays);
        List<Insight> out = new ArrayList<>();
        for (Transaction t : charges) {
            if (t.date().isBefore(from) || t.date().isAfter(today)) continue;
            double amount = -t.amount().amount().doubleValue();
            Robust r = merchantStats.get(merchant(t, keys));
            String against = "at " + t.payee();
            if (r.count() < MIN_HISTORY && t.categoryId() != null) {
                r = categoryStats.get(t.categoryId());
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

    private static <K> void add(Map<K, double[]> values, Map<K, Integer> counts, K key, double amount) {
        int n = counts.merge(key, 1, Integer::sum);
        double[] a = values.get(key);
        if (a == null || a.length < n) {
            a = a == null ? new double[8] : Arrays.copyOf(a, a.length * 2);
            values.put(key, a);
        }
        a[n - 1] = amount;
    }

    private static <K> Map<K, Robust> stats(Map<K, double[]> values, Map<K, Integer> counts) {
        Map<K, Robust> out = new HashMap<>();
        values.forEach((k, a) -> {
            int n = counts.get(k);
            double[] exact = Arrays.copyOf(a, n);
            double median = RobustStats.median(exact);
            out.put(k, new Robust(median, RobustStats.mad(exact, median), n));
        });
        return out;
    }
}
