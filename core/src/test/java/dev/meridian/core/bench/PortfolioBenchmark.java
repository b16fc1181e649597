package dev.meridian.core.bench;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Transaction;
import dev.meridian.core.domain.TransactionType;
import dev.meridian.core.money.Money;
import dev.meridian.core.portfolio.DailyCloses;
import dev.meridian.core.portfolio.Ledger;
import dev.meridian.core.portfolio.PnlSummary;
import dev.meridian.core.portfolio.PriceHistory;
import dev.meridian.core.portfolio.ProfitAndLoss;
import dev.meridian.core.portfolio.fx.FxRateTable;
import dev.meridian.core.portfolio.performance.PerformanceCalculator;
import dev.meridian.core.portfolio.performance.PerformanceReport;
import dev.meridian.core.portfolio.performance.PerformanceScope;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Measures (1) a full recomputation of a generated book — 100,000 transactions over 500
 * instruments in 5 accounts with 10 years of weekday closes: building the ledger (lots, realized
 * gains), P&L of all positions, and the daily valuation with TTWROR and XIRR over the 10 years —
 * and (2) the incremental update after one new trade ({@link Ledger#add}), against rebuilding the
 * ledger. Not a test: run with {@code ./mvnw -q -o -pl core test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.meridian.core.bench.PortfolioBenchmark}.
 * Results go to docs/benchmarks.md.
 */
public final class PortfolioBenchmark {

    private static final int INSTRUMENTS = 500;
    private static final int TRANSACTIONS = 100_000;
    private static final int ACCOUNTS = 5;
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    private static final int RUNS = 5;
    private static final int INCREMENTS = 200;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PortfolioBenchmark() {}

    public static void main(String[] args) {
        System.out.printf("Java %s, %d CPUs, max heap %d MiB, load average %.1f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Random random = new Random(7);
        int[] days = weekdays();
        PriceHistory prices = prices(random, days);
        List<Transaction> txns = transactions(random, days, prices);
        Map<Long, CostMethod> methods = new HashMap<>();
        for (long a = 1; a <= ACCOUNTS; a++) methods.put(a, a % 2 == 0 ? CostMethod.AVERAGE_COST : CostMethod.FIFO);
        System.out.printf("Generated %,d transactions, %d instruments x %,d daily closes, %d accounts%n",
                txns.size(), INSTRUMENTS, days.length, ACCOUNTS);

        for (int i = 0; i < 3; i++) fullRecompute(txns, methods, prices);
        long[] ledgerNanos = new long[RUNS];
        long[] ledgerCpu = new long[RUNS];
        long[] fullNanos = new long[RUNS];
        long[] fullCpu = new long[RUNS];
        PerformanceReport report = null;
        for (int i = 0; i < RUNS; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Ledger.of(txns, methods, CostMethod.FIFO);
            ledgerNanos[i] = System.nanoTime() - t0;
            ledgerCpu[i] = CPU.getCurrentThreadCpuTime() - c0;
            c0 = CPU.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            report = fullRecompute(txns, methods, prices);
            fullNanos[i] = System.nanoTime() - t0;
            fullCpu[i] = CPU.getCurrentThreadCpuTime() - c0;
        }
        System.out.printf("Ledger rebuild (lots, realized gains)               wall median %7.1f ms %s, thread CPU median %6.1f ms%n",
                median(ledgerNanos) / 1e6, ms(ledgerNanos), median(ledgerCpu) / 1e6);
        System.out.printf("Full recomputation (ledger + P&L + 10y TTWROR/XIRR) wall median %7.1f ms %s, thread CPU median %6.1f ms%n",
                median(fullNanos) / 1e6, ms(fullNanos), median(fullCpu) / 1e6);
        System.out.println("  last full run: " + lastSplit);
        System.out.printf("  portfolio TTWROR %.4f, annualized %.4f, IRR %s, %,d valuation days%n",
                report.ttwror(), report.ttwrorAnnualized(), report.irr(), report.daily().size() + 1);

        Ledger ledger = Ledger.of(txns, methods, CostMethod.FIFO);
        long[] incNanos = new long[INCREMENTS];
        long[] incCpu = new long[INCREMENTS];
        for (int i = 0; i < INCREMENTS; i++) {
            long instrument = 1 + random.nextInt(INSTRUMENTS);
            LocalDate date = LocalDate.ofEpochDay(days[days.length - 1 - random.nextInt(250)]);
            Transaction buy = Transaction.trade(1 + random.nextInt(ACCOUNTS), TransactionType.BUY, date, instrument,
                    BigDecimal.ONE, BigDecimal.valueOf(prices.closeOn(instrument, date)), Money.of("1", "USD"), null)
                    .withId(TRANSACTIONS + 1L + i);
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ledger.add(buy);
            incNanos[i] = System.nanoTime() - t0;
            incCpu[i] = CPU.getCurrentThreadCpuTime() - c0;
        }
        double inc = median(incNanos);
        double incCpuMedian = median(incCpu);
        System.out.printf("Incremental update after one new trade              wall median %7.3f ms of %d (p90 %.3f ms), thread CPU median %.3f ms%n",
                inc / 1e6, INCREMENTS, percentile(incNanos, 0.9) / 1e6, incCpuMedian / 1e6);
        System.out.printf("Speed-up (wall) vs ledger rebuild %.0fx, vs full recomputation %.0fx; (CPU) %.0fx and %.0fx (goal >= 100x)%n",
                median(ledgerNanos) / inc, median(fullNanos) / inc, median(ledgerCpu) / incCpuMedian, median(fullCpu) / incCpuMedian);
        List<Transaction> all = new ArrayList<>(ledger.transactions());
        boolean same = Ledger.of(all, methods, CostMethod.FIFO).positions().equals(ledger.positions());
        System.out.println("Incremental result equals a full rebuild: " + same);
    }

    private static PerformanceReport fullRecompute(List<Transaction> txns, Map<Long, CostMethod> methods, PriceHistory prices) {
        long t0 = System.nanoTime();
        Ledger ledger = Ledger.of(txns, methods, CostMethod.FIFO);
        FxRateTable fx = new FxRateTable(List.of());
        Set<Long> accounts = methods.keySet();
        long t1 = System.nanoTime();
        PnlSummary pnl = new ProfitAndLoss(ledger, prices, fx).accounts(accounts, LAST, "USD");
        if (pnl.cost().signum() < 0) throw new IllegalStateException("negative cost");
        long t2 = System.nanoTime();
        PerformanceReport report = new PerformanceCalculator(ledger, prices, fx).report(PerformanceScope.accounts(accounts), FIRST, LAST, "USD");
        long t3 = System.nanoTime();
        lastSplit = String.format("ledger %d ms, P&L %d ms, valuation + returns %d ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return report;
    }

    private static String lastSplit = "";

    private static int[] weekdays() {
        List<Integer> out = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) out.add((int) d.toEpochDay());
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static PriceHistory prices(Random random, int[] days) {
        Map<Long, Instrument> instruments = new HashMap<>();
        Map<Long, DailyCloses> closes = new HashMap<>();
        for (long id = 1; id <= INSTRUMENTS; id++) {
            instruments.put(id, new Instrument(id, "S" + id, "Stock " + id, AssetClass.STOCK, "XNYS", "USD", null, "Sector", "US", "UTC"));
            double[] c = new double[days.length];
            double p = 20 + random.nextInt(200);
            for (int i = 0; i < c.length; i++) {
                p = Math.max(1, p * (1 + random.nextGaussian() * 0.015 + 0.0003));
                c[i] = Math.round(p * 100) / 100.0;
            }
            closes.put(id, DailyCloses.of(days, c));
        }
        return new PriceHistory(instruments, closes);
    }

    /** Deposits, buys, sells of at most what is held, dividends, and fees, spread over the 10 years in date order. */
    private static List<Transaction> transactions(Random random, int[] days, PriceHistory prices) {
        List<Transaction> out = new ArrayList<>(TRANSACTIONS);
        long[][] held = new long[ACCOUNTS + 1][INSTRUMENTS + 1];
        for (int n = 0; n < TRANSACTIONS; n++) {
            LocalDate date = LocalDate.ofEpochDay(days[(int) ((long) n * days.length / TRANSACTIONS)]);
            int account = 1 + random.nextInt(ACCOUNTS);
            int instrument = 1 + random.nextInt(INSTRUMENTS);
            BigDecimal price = BigDecimal.valueOf(prices.closeOn(instrument, date));
            int pick = random.nextInt(20);
            Transaction t;
            if (pick == 0 || n < ACCOUNTS) {
                t = Transaction.cash(account, TransactionType.DEPOSIT, date, Money.of("25000", "USD"), null, null, null);
            } else if (pick == 1) {
                t = Transaction.cash(account, TransactionType.FEE, date, Money.of("-2.50", "USD"), null, null, null);
            } else if (pick == 2 && held[account][instrument] > 0) {
                t = new Transaction(0, account, TransactionType.DIVIDEND, date, Money.of("12.34", "USD"), (long) instrument,
                        null, null, null, null, null, null, null, null, null, null, null);
            } else if (pick < 9 && held[account][instrument] > 0) {
                long q = 1 + random.nextInt((int) Math.min(held[account][instrument], 50));
                held[account][instrument] -= q;
                t = Transaction.trade(account, TransactionType.SELL, date, instrument, BigDecimal.valueOf(q), price, Money.of("1", "USD"), null);
            } else {
                long q = 1 + random.nextInt(40);
                held[account][instrument] += q;
                t = Transaction.trade(account, TransactionType.BUY, date, instrument, BigDecimal.valueOf(q), price, Money.of("1", "USD"), null);
            }
            out.add(t.withId(n + 1));
        }
        return out;
    }

    private static double median(long[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(long[] v, double p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(p * (s.length - 1) + 0.5))];
    }

    private static String ms(long[] v) {
        return Arrays.toString(Arrays.stream(v).map(x -> Math.round(x / 1e6)).toArray());
    }
}
