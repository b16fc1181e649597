package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.PRICE_BAR_CHUNK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BarRepositoryTest extends DatabaseFixture {

    static final long MINUTE = 60_000L;
    static final long START = 1_600_000_000_000L;

    BarRepository bars;
    long btc;
    long eth;

    @BeforeEach
    void seed() {
        bars = new BarRepository(dsl);
        var instruments = new InstrumentRepository(dsl);
        btc = instruments.insert(ReferenceDataRepositoryTest.instrument("BTC", "Bitcoin")).id();
        eth = instruments.insert(ReferenceDataRepositoryTest.instrument("ETH", "Ether")).id();
    }

    /** Random-walk bars with gaps, irregular steps, NaN volume and extreme doubles. */
    static BarSeries series(long start, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        BarSeries s = new BarSeries(n);
        long t = start;
        double price = 100;
        for (int i = 0; i < n; i++) {
            t += r.nextInt(100) == 0 ? MINUTE * (2 + r.nextInt(5000)) : MINUTE;
            price *= 1 + (r.nextDouble() - 0.5) / 100;
            double volume = i % 997 == 0 ? Double.NaN : i % 991 == 0 ? Double.MAX_VALUE : r.nextDouble() * 1e6;
            s.append(t, price, price * 1.01, price * 0.99, price + r.nextDouble() - 0.5, volume);
        }
        return s;
    }

    static void assertSame(BarSeries actual, BarSeries expected) {
        int n = expected.size();
        assertThat(actual.size()).isEqualTo(n);
        assertThat(Arrays.copyOf(actual.times(), n)).isEqualTo(Arrays.copyOf(expected.times(), n));
        assertThat(Arrays.copyOf(actual.opens(), n)).isEqualTo(Arrays.copyOf(expected.opens(), n));
        assertThat(Arrays.copyOf(actual.highs(), n)).isEqualTo(Arrays.copyOf(expected.highs(), n));
        assertThat(Arrays.copyOf(actual.lows(), n)).isEqualTo(Arrays.copyOf(expected.lows(), n));
        assertThat(Arrays.copyOf(actual.closes(), n)).isEqualTo(Arrays.copyOf(expected.closes(), n));
        for (int i = 0; i < n; i++) {
            if (Double.doubleToRawLongBits(actual.volume(i)) != Double.doubleToRawLongBits(expected.volume(i))) {
                throw new AssertionError("volume differs at " + i + ": " + actual.volume(i) + " vs " + expected.volume(i));
            }
        }
    }

    @Test
    void overAMillionBarsRoundTripBitExact() {
        BarSeries big = series(START, 1_200_000, 1);
        bars.merge(btc, Timeframe.M1, big);

        assertSame(bars.load(btc, Timeframe.M1), big);
        assertThat(bars.count(btc, Timeframe.M1)).isEqualTo(1_200_000);
        assertThat(bars.firstTime(btc, Timeframe.M1)).hasValue(big.time(0));
        assertThat(bars.lastTime(btc, Timeframe.M1)).hasValue(big.time(big.size() - 1));
        assertThat(dsl.fetchCount(PRICE_BAR_CHUNK)).isEqualTo((1_200_000 + BarRepository.CHUNK_SIZE - 1) / BarRepository.CHUNK_SIZE);
        assertThat(bars.load(eth, Timeframe.M1).size()).isZero();
        assertThat(bars.load(btc, Timeframe.H1).size()).isZero();
        assertThat(bars.firstTime(btc, Timeframe.H1)).isEmpty();
    }

    @Test
    void rangeLoadsReturnExactlyTheBarsInTheHalfOpenInterval() {
        BarSeries s = series(START, 50_000, 2);
        bars.merge(btc, Timeframe.M1, s);
        long from = s.time(12_345);
        long to = s.time(40_000);
        BarSeries range = bars.load(btc, Timeframe.M1, from, to);
        assertThat(range.size()).isEqualTo(40_000 - 12_345);
        assertThat(range.time(0)).isEqualTo(from);
        assertThat(range.time(range.size() - 1)).isEqualTo(s.time(39_999));
        assertThat(range.close(100)).isEqualTo(s.close(12_445));
        assertThat(bars.load(btc, Timeframe.M1, from + 1, from + 2).size()).isZero();
        assertThat(bars.load(btc, Timeframe.M1, Long.MIN_VALUE, Long.MAX_VALUE).size()).isEqualTo(50_000);
        assertThat(bars.load(btc, Timeframe.M1, to, from).size()).isZero();
    }

    @Test
    void mergeInsertsNewTimesAndRevisesExistingOnes() {
        BarSeries base = BarSeries.wrap(new long[0], new double[0], new double[0], new double[0], new double[0], new double[0]);
        BarSeries expected = new BarSeries(30_000);
        for (int i = 0; i < 30_000; i++) {
            long t = START + i * MINUTE;
            expected.append(t, i, i + 1, i - 1, i + 0.5, i % 3 == 0 ? -1 : i);
        }
        // Every third minute first, then all minutes overlapping: old every-third bars get revised.
        BarSeries thirds = new BarSeries(10_000);
        for (int i = 0; i < 30_000; i += 3) thirds.append(START + i * MINUTE, 0, 0, 0, 0, 0);
        bars.merge(btc, Timeframe.M1, thirds);
        bars.merge(btc, Timeframe.M1, base);
        BarSeries firstHalf = slice(expected, 0, 16_000);
        BarSeries secondHalf = slice(expected, 15_000, 30_000);
        bars.merge(btc, Timeframe.M1, secondHalf);
        bars.merge(btc, Timeframe.M1, firstHalf);

        assertSame(bars.load(btc, Timeframe.M1), expected);
        assertChunksDoNotOverlap();
    }

    @Test
    void appendingLiveBarsFillsTheLastChunkAndRevisesTheLiveBar() {
        BarSeries s = series(START, 10_000, 3);
        bars.merge(btc, Timeframe.M1, s);
        long last = s.time(s.size() - 1);
        BarSeries expected = s.copy();
        for (int i = 1; i <= 20; i++) {
            BarSeries one = new BarSeries(1);
            one.append(last + i * MINUTE, i, i, i, i, i);
            bars.merge(btc, Timeframe.M1, one);
            expected.append(last + i * MINUTE, i, i, i, i, i);
        }
        BarSeries revision = new BarSeries(1);
        revision.append(last + 20 * MINUTE, 7, 8, 6, 7.5, 99);
        bars.merge(btc, Timeframe.M1, revision);
        expected.reviseLast(7, 8, 6, 7.5, 99);

        assertSame(bars.load(btc, Timeframe.M1), expected);
        assertThat(dsl.fetchCount(PRICE_BAR_CHUNK)).isEqualTo(2);
        assertChunksDoNotOverlap();
    }

    @Test
    void deleteRemovesOnlyThatTimeframeAndBadInputChangesNothing() {
        bars.merge(btc, Timeframe.M1, series(START, 100, 4));
        bars.merge(btc, Timeframe.D1, series(START, 10, 5));
        assertThat(bars.timeframes(btc)).containsExactly(Timeframe.M1, Timeframe.D1);
        bars.delete(btc, Timeframe.M1);
        assertThat(bars.count(btc, Timeframe.M1)).isZero();
        assertThat(bars.count(btc, Timeframe.D1)).isEqualTo(10);

        BarSeries unordered = BarSeries.wrap(new long[] {2, 1}, new double[2], new double[2], new double[2], new double[2], new double[2]);
        assertThatThrownBy(() -> bars.merge(btc, Timeframe.D1, unordered)).hasMessageContaining("index 1");
        assertThat(bars.count(btc, Timeframe.D1)).isEqualTo(10);
    }

    private void assertChunksDoNotOverlap() {
        var chunks = dsl.selectFrom(PRICE_BAR_CHUNK).orderBy(PRICE_BAR_CHUNK.TIMEFRAME, PRICE_BAR_CHUNK.FIRST_TIME).fetch();
        for (int i = 1; i < chunks.size(); i++) {
            if (chunks.get(i).getTimeframe().equals(chunks.get(i - 1).getTimeframe())) {
                assertThat(chunks.get(i).getFirstTime()).isGreaterThan(chunks.get(i - 1).getLastTime());
            }
        }
        assertThat(chunks).allSatisfy(c -> assertThat(c.getBarCount()).isBetween(1, BarRepository.CHUNK_SIZE));
    }

    private static BarSeries slice(BarSeries s, int from, int to) {
        BarSeries out = new BarSeries(to - from);
        for (int i = from; i < to; i++) out.append(s.time(i), s.open(i), s.high(i), s.low(i), s.close(i), s.volume(i));
        return out;
    }
}
