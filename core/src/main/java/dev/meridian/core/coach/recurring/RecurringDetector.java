package dev.meridian.core.coach.recurring;

import dev.meridian.core.coach.RobustStats;
import dev.meridian.core.domain.Cadence;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds repeating bookings: groups by (account, normalised merchant, money in or out), then keeps a
 * group when its gaps fit one cadence and its amounts are steady. See docs/money-coach.md.
 *
 * <ul>
 *   <li>Gaps: the median gap picks the cadence window; at least {@link #REGULAR_SHARE} of all gaps
 *       must fall in it (a skipped month or a late debit is tolerated, groceries every few days are not).</li>
 *   <li>Amounts: median absolute deviation within {@link #AMOUNT_TOLERANCE} of the median amount
 *       (utility bills vary, restaurant bills vary more).</li>
 *   <li>Stopped series (next date further in the past than the cadence's grace) are dropped.</li>
 * </ul>
 * Transfers between the user's own accounts are not series (they move money, they do not spend it), nor
 * are security bookings such as dividends (the portfolio screens own them).
 */
public final class RecurringDetector {

    static final double REGULAR_SHARE = 0.75;
    static final double AMOUNT_TOLERANCE = 0.20;
    /** Two amounts within this share of each other are "the same price". */
    static final double SAME_PRICE = 0.005;
    static final double MIN_PRICE_CHANGE = 0.02;

    private record GroupKey(long accountId, String merchant, boolean income) {}

    /** Series found in {@code transactions} that are still running on {@code today}, by next date, then merchant. */
    public List<DetectedSeries> detect(List<Transaction> transactions, LocalDate today) {
        Map<String, String> keys = new HashMap<>();
        Map<GroupKey, List<Transaction>> groups = new HashMap<>();
        for (Transaction t : transactions) {
            if (t.transferAccountId() != null || t.amount().signum() == 0 || t.type().movesSecurities() || t.instrumentId() != null) continue;
            String name = t.payee() != null && !t.payee().isBlank() ? t.payee() : t.description();
            if (name == null) continue;
            String merchant = keys.computeIfAbsent(name, MerchantKey::of);
            if (merchant.isEmpty()) continue;
            groups.computeIfAbsent(new GroupKey(t.accountId(), merchant, t.amount().signum() > 0), k -> new ArrayList<>()).add(t);
        }
        List<DetectedSeries> found = new ArrayList<>();
        for (var e : groups.entrySet()) {
            analyse(e.getKey().merchant(), e.getValue(), today).ifPresent(found::add);
        }
        found.sort(Comparator.comparing(DetectedSeries::nextDate).thenComparing(DetectedSeries::merchantKey));
        return found;
    }

    private Optional<DetectedSeries> analyse(String merchant, List<Transaction> group, LocalDate today) {
        if (group.size() < 2) return Optional.empty();
        List<Transaction> txns = new ArrayList<>(group);
        txns.sort(Comparator.comparing(Transaction::date).thenComparingLong(Transaction::id));
        int n = txns.size();
        double[] gaps = new double[n - 1];
        for (int i = 1; i < n; i++) gaps[i - 1] = ChronoUnit.DAYS.between(txns.get(i - 1).date(), txns.get(i).date());
        Optional<CadenceWindow> window = CadenceWindow.containing(Math.round(RobustStats.median(gaps)));
        if (window.isEmpty()) return Optional.empty();
        CadenceWindow w = window.get();
        int minimum = w.cadence() == Cadence.YEARLY ? 2 : 3;
        if (n < minimum) return Optional.empty();
        int regular = 0;
        for (double gap : gaps) if (w.contains((long) gap)) regular++;
        if (regular < REGULAR_SHARE * gaps.length) return Optional.empty();

        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) amounts[i] = txns.get(i).amount().amount().abs().doubleValue();
        double median = RobustStats.median(amounts);
        if (RobustStats.mad(amounts, median) > AMOUNT_TOLERANCE * median) return Optional.empty();

        Transaction last = txns.getLast();
        LocalDate next = w.cadence().next(last.date());
        if (today.isAfter(next.plusDays(w.graceDays()))) return Optional.empty();

        PriceChange change = priceChange(txns, amounts);
        Money expected = change != null ? last.amount() : typicalOfLast(txns, 3);
        List<Long> ids = txns.stream().map(Transaction::id).toList();
        return Optional.of(new DetectedSeries(merchant, last.payee() != null ? last.payee() : last.description(), last.accountId(),
                last.categoryId(), w.cadence(), expected, txns.getFirst().date(), last.date(), next, ids, change,
                ServiceCatalog.typeOf(merchant).orElse(null)));
    }

    /**
     * The latest step from one steady price to another: the run of equal amounts at the end, and the
     * two amounts before it equal to each other (a varying bill has no "price").
     */
    static PriceChange priceChange(List<Transaction> txns, double[] amounts) {
        int n = amounts.length;
        double current = amounts[n - 1];
        int k = n - 1;
        while (k > 0 && same(amounts[k - 1], current)) k--;
        if (k < 2) return null;
        double previous = amounts[k - 1];
        if (!same(amounts[k - 2], previous)) return null;
        if (Math.abs(current - previous) < MIN_PRICE_CHANGE * previous) return null;
        Money from = txns.get(k - 1).amount().abs();
        Money to = txns.get(n - 1).amount().abs();
        return new PriceChange(from, to, txns.get(k).date());
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= SAME_PRICE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The median of the last {@code count} amounts, as one of the real amounts (no averaging of money). */
    private static Money typicalOfLast(List<Transaction> txns, int count) {
        List<Money> recent = new ArrayList<>(txns.subList(Math.max(0, txns.size() - count), txns.size()).stream()
                .map(Transaction::amount).toList());
        recent.sort(Comparator.comparing(m -> m.amount().abs(), BigDecimal::compareTo));
        return recent.get((recent.size() - 1) / 2);
    }
}
