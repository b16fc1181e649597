package dev.meridian.core.bench;

import dev.meridian.core.coach.insights.Insight;
import dev.meridian.core.coach.insights.InsightFeed;
import dev.meridian.core.coach.insights.InsightInputs;
import dev.meridian.core.coach.recurring.BillReminders;
import dev.meridian.core.coach.recurring.DetectedSeries;
import dev.meridian.core.coach.recurring.RecurringDetector;
import dev.meridian.core.coach.recurring.TrackedSeries;
import dev.meridian.core.demo.BankScenario;
import dev.meridian.core.demo.DemoCategories;
import dev.meridian.core.domain.Budget;
import dev.meridian.core.domain.Category;
import dev.meridian.core.domain.RecurringSeries;
import dev.meridian.core.domain.RecurringStatus;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Recurring detection plus the whole insight feed over 1,000,000 bank transactions, against a plain
 * single pass over the same list that groups amounts by (account, payee) — the least any detector
 * must do. The data is the demo's bank scenario (two years, salary, bills, subscriptions, everyday
 * spending) replayed for as many households (three accounts each, own seed) as it takes to reach
 * 1M bookings, in ledger order. Not a test: run with {@code ./mvnw -q -o -pl core test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.meridian.core.bench.CoachBenchmark}.
 * Results go to docs/benchmarks.md.
 */
public final class CoachBenchmark {

    static final int TARGET = 1_000_000;
    static final int RUNS = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    public static void main(String[] args) {
        Map<String, Long> ids = new HashMap<>();
        List<Category> categories = new ArrayList<>();
        long nextId = 1;
        for (var spec : DemoCategories.categories()) {
            long id = nextId++;
            ids.put(spec.name(), id);
            categories.add(new Category(id, spec.name(), spec.parent() == null ? null : ids.get(spec.parent()), spec.kind(), spec.group()));
        }
        List<Budget> budgets = new ArrayList<>();
        for (var b : DemoCategories.budgets()) {
            budgets.add(new Budget(budgets.size() + 1, ids.get(b.category()), new Money(b.monthlyAmount(), "USD"),
                    YearMonth.from(TODAY).minusMonths(b.monthsBeforeToday()),
                    b.untilMonthsBeforeToday() == null ? null : YearMonth.from(TODAY).minusMonths(b.untilMonthsBeforeToday()), b.rollover()));
        }
        long start = System.nanoTime();
        List<Transaction> txns = generate(ids);
        System.out.printf("Generated %,d transactions in %.1f s%n", txns.size(), (System.nanoTime() - start) / 1e9);

        double[] detection = new double[RUNS];
        double[] coach = new double[RUNS];
        double[] reference = new double[RUNS];
        int series = 0;
        int insights = 0;
        long checksum = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            checksum += singlePass(txns);
            reference[run] = (System.nanoTime() - t0) / 1e6;

            long t1 = System.nanoTime();
            List<DetectedSeries> detected = new RecurringDetector().detect(txns, TODAY);
            detection[run] = (System.nanoTime() - t1) / 1e6;
            List<TrackedSeries> tracked = tracked(detected);
            List<Insight> found = new InsightFeed(new BillReminders(3), 30)
                    .compute(new InsightInputs(TODAY, "USD", txns, categories, budgets, List.of(), tracked));
            coach[run] = (System.nanoTime() - t1) / 1e6;
            series = detected.size();
            insights = found.size();
        }
        Arrays.sort(coach);
        Arrays.sort(detection);
        Arrays.sort(reference);
        double coachMs = coach[RUNS / 2];
        double refMs = reference[RUNS / 2];
        System.out.printf("Recurring detection + insights: median %.0f ms (best %.0f) -> %,d series, %,d insights%n",
                coachMs, coach[0], series, insights);
        System.out.printf("  of which recurring detection: median %.0f ms%n", detection[RUNS / 2]);
        System.out.printf("Reference single pass (sum by account+payee): median %.0f ms (best %.0f) [checksum %d]%n",
                refMs, reference[0], checksum);
        System.out.printf("Ratio coach / single pass: %.1fx; goal < 2000 ms: %s%n", coachMs / refMs, coachMs < 2000 ? "met" : "MISSED");
    }

    private static List<Transaction> generate(Map<String, Long> ids) {
        List<Transaction> all = new ArrayList<>(TARGET + 10_000);
        for (int household = 0; all.size() < TARGET; household++) {
            long base = 3L * household;
            var accounts = new BankScenario.Accounts(base + 1, base + 2, base + 3);
            all.addAll(new BankScenario(accounts, ids).generate(TODAY, new SplittableRandom(household), List.of()));
        }
        List<Transaction> trimmed = new ArrayList<>(all.subList(0, TARGET));
        trimmed.sort(Comparator.comparing(Transaction::date));
        List<Transaction> withIds = new ArrayList<>(trimmed.size());
        for (int i = 0; i < trimmed.size(); i++) withIds.add(trimmed.get(i).withId(i + 1));
        return withIds;
    }

    /** The reference: one pass, amounts summed per (account, payee) in a hash map. */
    private static long singlePass(List<Transaction> txns) {
        record Key(long account, String payee) {}
        Map<Key, BigDecimal> sums = new HashMap<>();
        for (Transaction t : txns) sums.merge(new Key(t.accountId(), t.payee()), t.amount().amount(), BigDecimal::add);
        return sums.size();
    }

    private static List<TrackedSeries> tracked(List<DetectedSeries> detected) {
        List<TrackedSeries> out = new ArrayList<>(detected.size());
        long id = 1;
        for (DetectedSeries d : detected) {
            RecurringSeries s = new RecurringSeries(id++, d.payee(), d.accountId(), d.categoryId(), d.cadence(), d.expected(), d.lastDate(),
                    d.nextDate(), d.subscription(), RecurringStatus.DETECTED);
            out.add(new TrackedSeries(s, d.priceChange(), d.service(), false));
        }
        return out;
    }
}
