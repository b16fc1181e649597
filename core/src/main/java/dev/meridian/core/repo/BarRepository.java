package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.PRICE_BAR_CHUNK;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.Timeframe;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * Price bars per instrument and timeframe, stored as non-overlapping chunks of up to
 * {@value #CHUNK_SIZE} bars (see {@link BarChunkCodec}) so that millions of bars load straight into
 * primitive arrays. Merging rewrites only the chunks its time range touches.
 */
public final class BarRepository {

    static final int CHUNK_SIZE = 8192;

    private final DSLContext dsl;

    public BarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts bars at new times and revises bars at existing times; other bars stay untouched. */
    public void merge(long instrumentId, Timeframe tf, BarSeries bars) {
        int n = bars.size();
        if (n == 0) return;
        for (int i = 1; i < n; i++) {
            if (bars.time(i) <= bars.time(i - 1)) {
                throw new IllegalArgumentException("Bars to merge are not in strictly increasing time order at index " + i
                        + " (" + bars.time(i - 1) + " then " + bars.time(i) + ")");
            }
        }
        dsl.transaction(cfg -> new BarChunkMerge(DSL.using(cfg), instrumentId, tf.name(), CHUNK_SIZE).merge(bars));
    }

    public BarSeries load(long instrumentId, Timeframe tf) {
        return loadWhere(of(instrumentId, tf));
    }

    /** Bars with {@code from <= time < to}. */
    public BarSeries load(long instrumentId, Timeframe tf, long fromMillisInclusive, long toMillisExclusive) {
        if (fromMillisInclusive >= toMillisExclusive) return BarSeries.wrap(new long[0], new double[0], new double[0],
                new double[0], new double[0], new double[0]);
        BarSeries touched = loadWhere(of(instrumentId, tf)
                .and(PRICE_BAR_CHUNK.LAST_TIME.ge(fromMillisInclusive))
                .and(PRICE_BAR_CHUNK.FIRST_TIME.lt(toMillisExclusive)));
        int a = touched.indexAtOrAfter(fromMillisInclusive);
        int b = touched.indexAtOrAfter(toMillisExclusive);
        if (a == 0 && b == touched.size()) return touched;
        return slice(touched, a, b);
    }

    public OptionalLong firstTime(long instrumentId, Timeframe tf) {
        Long t = dsl.select(DSL.min(PRICE_BAR_CHUNK.FIRST_TIME)).from(PRICE_BAR_CHUNK).where(of(instrumentId, tf)).fetchSingle().value1();
        return t == null ? OptionalLong.empty() : OptionalLong.of(t);
    }

    public OptionalLong lastTime(long instrumentId, Timeframe tf) {
        Long t = dsl.select(DSL.max(PRICE_BAR_CHUNK.LAST_TIME)).from(PRICE_BAR_CHUNK).where(of(instrumentId, tf)).fetchSingle().value1();
        return t == null ? OptionalLong.empty() : OptionalLong.of(t);
    }

    public int count(long instrumentId, Timeframe tf) {
        BigDecimal sum = dsl.select(DSL.sum(PRICE_BAR_CHUNK.BAR_COUNT)).from(PRICE_BAR_CHUNK).where(of(instrumentId, tf)).fetchSingle().value1();
        return sum == null ? 0 : sum.intValueExact();
    }

    /** Timeframes that hold bars for the instrument. */
    public List<Timeframe> timeframes(long instrumentId) {
        return dsl.selectDistinct(PRICE_BAR_CHUNK.TIMEFRAME).from(PRICE_BAR_CHUNK).where(PRICE_BAR_CHUNK.INSTRUMENT_ID.eq(instrumentId))
                .fetch(r -> Timeframe.valueOf(r.value1())).stream().sorted().toList();
    }

    public void delete(long instrumentId, Timeframe tf) {
        dsl.deleteFrom(PRICE_BAR_CHUNK).where(of(instrumentId, tf)).execute();
    }

    private static Condition of(long instrumentId, Timeframe tf) {
        return PRICE_BAR_CHUNK.INSTRUMENT_ID.eq(instrumentId).and(PRICE_BAR_CHUNK.TIMEFRAME.eq(tf.name()));
    }

    private BarSeries loadWhere(Condition where) {
        BigDecimal total = dsl.select(DSL.sum(PRICE_BAR_CHUNK.BAR_COUNT)).from(PRICE_BAR_CHUNK).where(where).fetchSingle().value1();
        int n = total == null ? 0 : total.intValueExact();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        int at = 0;
        // Streams chunk by chunk so that only one encoded chunk is in memory besides the arrays.
        try (var cursor = dsl.select(PRICE_BAR_CHUNK.BAR_COUNT, PRICE_BAR_CHUNK.DATA).from(PRICE_BAR_CHUNK).where(where)
                .orderBy(PRICE_BAR_CHUNK.FIRST_TIME).fetchLazy()) {
            for (Record2<Integer, byte[]> chunk : cursor) {
                at += BarChunkCodec.decode(chunk.value2(), t, o, h, l, c, v, at);
            }
        }
        if (at != n) throw new IllegalStateException("Bar chunks changed while loading: expected " + n + " bars, read " + at);
        return BarSeries.wrap(t, o, h, l, c, v);
    }

    private static BarSeries slice(BarSeries s, int from, int to) {
        return BarSeries.wrap(
                java.util.Arrays.copyOfRange(s.times(), from, to), java.util.Arrays.copyOfRange(s.opens(), from, to),
                java.util.Arrays.copyOfRange(s.highs(), from, to), java.util.Arrays.copyOfRange(s.lows(), from, to),
                java.util.Arrays.copyOfRange(s.closes(), from, to), java.util.Arrays.copyOfRange(s.volumes(), from, to));
    }
}
