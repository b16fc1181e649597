package dev.meridian.core.bench;

import dev.meridian.core.alerts.AlertEngine;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.market.quote.QuoteBoard;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tick ingest into the quote board and the alert engine across 500 symbols, and table repaints under that load
 * with the app's coalescing model (a 60 Hz pulse drains the dirty set; one repaint per pulse that found changes).
 *
 * <pre>
 * ./mvnw -q -o -pl core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.meridian.core.bench.QuoteIngestBenchmark
 * </pre>
 */
public final class QuoteIngestBenchmark {

    static final int SYMBOLS = 500;
    static final int TICKS = 5_000_000;
    static final double PULSE_HZ = 60;

    public static void main(String[] args) throws Exception {
        double[] prices = prices();
        long[] ids = new long[TICKS];
        double[] px = new double[TICKS];
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < TICKS; k++) {
            int s = r.nextInt(SYMBOLS);
            prices[s] *= 1 + (r.nextDouble() - 0.5) * 0.002;
            ids[k] = s + 1;
            px[k] = prices[s];
        }
        System.out.printf(Locale.ROOT, "Quote ingest, %d symbols, %,d ticks per run (best of 5 after 2 warm-ups)%n", SYMBOLS, TICKS);
        double boardOnly = best(() -> ingest(ids, px, new QuoteBoard(), null));
        double withAlerts = best(() -> ingest(ids, px, new QuoteBoard(), engine(prices)));
        System.out.printf(Locale.ROOT, "QuoteBoard only:                       %,12.0f ticks/s%n", boardOnly);
        System.out.printf(Locale.ROOT, "QuoteBoard + AlertEngine (3 alerts/symbol: price cross, 1D move, rsi(14) > 70): %,12.0f ticks/s (%.2fx the board alone; goal 100,000: %.1fx)%n",
                withAlerts, withAlerts / boardOnly, withAlerts / 100_000);

        System.out.println();
        System.out.println("Repaints under load (60 Hz pulse drains the dirty set; a repaint = a pulse that found changes)");
        repaints(ids, px, prices, 0);
        repaints(ids, px, prices, 100_000);
        repaints(ids, px, prices, 10_000);
    }

    static double[] prices() {
        double[] p = new double[SYMBOLS];
        for (int s = 0; s < SYMBOLS; s++) p[s] = 10 + s;
        return p;
    }

    /** Three alerts per symbol, warmed up on 30 daily bars. */
    static AlertEngine engine(double[] prices) {
        AlertEngine engine = new AlertEngine(f -> { });
        long id = 1;
        for (int s = 0; s < SYMBOLS; s++) {
            BarSeries history = new BarSeries(30);
            for (int d = 0; d < 30; d++) {
                double c = prices[s] * (1 + 0.01 * Math.sin(d));
                history.append(1_700_000_000_000L - (30 - d) * 86_400_000L, c, c, c, c, 1);
            }
            long instrument = s + 1;
            engine.put(alert(id++, instrument, AlertCondition.PRICE_ABOVE, BigDecimal.valueOf(prices[s] * 1.05), null), TradingSession.crypto(), history);
            engine.put(alert(id++, instrument, AlertCondition.PERCENT_MOVE, new BigDecimal("3"), "window=1D"), TradingSession.crypto(), history);
            engine.put(alert(id++, instrument, AlertCondition.INDICATOR, null, "rsi(14) > 70"), TradingSession.crypto(), history);
        }
        return engine;
    }

    static Alert alert(long id, long instrument, AlertCondition c, BigDecimal threshold, String params) {
        return new Alert(id, instrument, c, threshold, params, AlertFrequency.EVERY_TIME, true, null, null);
    }

    interface Run {
        double ticksPerSecond();
    }

    static double best(Run run) {
        for (int i = 0; i < 2; i++) run.ticksPerSecond();
        double best = 0;
        for (int i = 0; i < 5; i++) best = Math.max(best, run.ticksPerSecond());
        return best;
    }

    /** One tick per millisecond of feed time, starting at 2023-11-14 (all within a few days of the history). */
    static double ingest(long[] ids, double[] px, QuoteBoard board, AlertEngine alerts) {
        long t0 = 1_700_000_000_000L;
        long start = System.nanoTime();
        for (int k = 0; k < ids.length; k++) {
            long t = t0 + k;
            board.onTick(ids[k], t, px[k], k);
            if (alerts != null) alerts.onTick(ids[k], t, px[k]);
        }
        return ids.length / ((System.nanoTime() - start) / 1e9);
    }

    /** Feeds at {@code ratePerSecond} (0 = as fast as possible) while a 60 Hz pulse drains the board. */
    static void repaints(long[] ids, double[] px, double[] prices, int ratePerSecond) throws Exception {
        QuoteBoard board = new QuoteBoard();
        AlertEngine alerts = engine(prices);
        AtomicLong pulses = new AtomicLong();
        AtomicLong repaints = new AtomicLong();
        AtomicLong rowsApplied = new AtomicLong();
        ScheduledExecutorService pulse = Executors.newSingleThreadScheduledExecutor();
        pulse.scheduleAtFixedRate(() -> {
            pulses.incrementAndGet();
            int changed = board.drainDirtyQuotes().length;
            if (changed > 0) {
                repaints.incrementAndGet();
                rowsApplied.addAndGet(changed);
            }
        }, 0, (long) (1e9 / PULSE_HZ), TimeUnit.NANOSECONDS);
        long t0 = 1_700_000_000_000L;
        long seconds = 3;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long ticks = 0;
        int k = 0;
        while (System.nanoTime() < end) {
            if (ratePerSecond > 0) {
                long due = start + ticks * 1_000_000_000L / ratePerSecond;
                while (System.nanoTime() < due) Thread.onSpinWait();
            }
            board.onTick(ids[k], t0 + ticks, px[k], ticks);
            alerts.onTick(ids[k], t0 + ticks, px[k]);
            ticks++;
            k = k + 1 == ids.length ? 0 : k + 1;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pulse.shutdown();
        pulse.awaitTermination(1, TimeUnit.SECONDS);
        double tickRate = ticks / elapsed;
        double repaintRate = repaints.get() / elapsed;
        double pulseRate = pulses.get() / elapsed;
        System.out.printf(Locale.ROOT, "feed %-12s %,11.0f ticks/s -> %5.1f repaints/s (pulses %5.1f/s; repaints/pulse %.2f; ticks per repaint %,.0f; rows per repaint %.0f)%n",
                ratePerSecond == 0 ? "unthrottled:" : String.format(Locale.ROOT, "%,d/s:", ratePerSecond), tickRate, repaintRate, pulseRate,
                repaintRate / pulseRate, tickRate / repaintRate, rowsApplied.get() / (double) Math.max(1, repaints.get()));
    }
}
