package dev.meridian.core.market.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.LongKeyMap;
import dev.meridian.core.market.TradingSession;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class QuoteBoardTest {

    static final ZoneId NY = ZoneId.of("America/New_York");

    static long ny(int day, int hour, int minute) {
        return ZonedDateTime.of(2025, 3, day, hour, minute, 0, 0, NY).toInstant().toEpochMilli();
    }

    @Test
    void ticksUpdateLastChangeRangeVolumeAndAge() {
        QuoteBoard board = new QuoteBoard();
        BarSeries daily = new BarSeries(2);
        daily.append(ny(3, 9, 30), 100, 102, 99, 101, 1000);
        daily.append(ny(4, 9, 30), 101, 106, 100, 105, 2000);
        board.seed(7, QuoteSeed.fromDailyBars(daily, ny(4, 16, 0), TradingSession.usEquities()));

        Quote offline = board.quote(7).orElseThrow();
        assertThat(offline.last()).isEqualTo(105);
        assertThat(offline.previousClose()).isEqualTo(101);
        assertThat(offline.change()).isEqualTo(4);
        assertThat(offline.updatedAtMillis()).isEqualTo(ny(4, 16, 0));

        board.onTick(7, ny(5, 9, 31), 104, 50);
        board.onTick(7, ny(5, 10, 0), 108, 300);
        board.onTick(7, ny(5, 10, 5), 103, Double.NaN);
        Quote live = board.quote(7).orElseThrow();
        assertThat(live.previousClose()).as("the new session rolls yesterday's last into the previous close").isEqualTo(105);
        assertThat(live.last()).isEqualTo(103);
        assertThat(live.dayHigh()).isEqualTo(108);
        assertThat(live.dayLow()).isEqualTo(103);
        assertThat(live.volume()).as("NaN volume keeps the day's cumulative volume").isEqualTo(300);
        assertThat(live.changePercent()).isCloseTo((103 - 105) / 105.0 * 100, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(live.updatedAtMillis()).isEqualTo(ny(5, 10, 5));
    }

    @Test
    void olderTicksAndBadPricesChangeNothing() {
        QuoteBoard board = new QuoteBoard();
        board.onTick(1, 2_000, 50, 10);
        board.onTick(1, 1_000, 40, 10);
        board.onTick(1, 3_000, Double.NaN, 10);
        board.onTick(1, 3_000, -1, 10);
        assertThat(board.quote(1).orElseThrow().last()).isEqualTo(50);
        assertThat(board.quote(2)).isEmpty();
    }

    @Test
    void dirtySetHoldsEachChangedInstrumentOnceUntilDrained() {
        QuoteBoard board = new QuoteBoard();
        for (int k = 0; k < 1000; k++) board.onTick(k % 3, 1_000 + k, 10 + k, k);
        List<Long> changed = new ArrayList<>();
        assertThat(board.drainDirty(changed::add)).isEqualTo(3);
        assertThat(changed).containsExactly(0L, 1L, 2L);
        assertThat(board.drainDirtyQuotes()).isEmpty();

        board.onTick(2, 5_000, 1, 1);
        Quote[] quotes = board.drainDirtyQuotes();
        assertThat(quotes).hasSize(1);
        assertThat(quotes[0].instrumentId()).isEqualTo(2);
        assertThat(quotes[0].last()).isEqualTo(1);
    }

    @Test
    void concurrentFeedsLoseNoTicks() throws Exception {
        QuoteBoard board = new QuoteBoard();
        int threads = 4;
        int perThread = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> feeds = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            feeds.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int k = 0; k < perThread; k++) board.onTick(k % 500, 1_000L + k, 1 + offset, k);
            }));
        }
        start.countDown();
        for (Thread f : feeds) f.join();
        assertThat(board.ticks()).isEqualTo((long) threads * perThread);
        assertThat(board.size()).isEqualTo(500);
        assertThat(board.drainDirty(id -> { })).isEqualTo(500);
    }

    @Test
    void longKeyMapSurvivesGrowthAndRemovals() {
        LongKeyMap<String> map = new LongKeyMap<>(2);
        for (long k = 0; k < 1000; k++) map.put(k * 31, "v" + k);
        for (long k = 0; k < 1000; k += 2) map.remove(k * 31);
        assertThat(map.size()).isEqualTo(500);
        for (long k = 0; k < 1000; k++) assertThat(map.get(k * 31)).isEqualTo(k % 2 == 0 ? null : "v" + k);
    }
}
