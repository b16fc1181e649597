package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.PRICE_BAR_CHUNK;

import dev.meridian.core.db.generated.tables.records.PriceBarChunkRecord;
import dev.meridian.core.market.BarSeries;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * One merge of new bars into the stored chunks of an instrument and timeframe: reads the chunks
 * the new time range overlaps (plus a partly filled chunk just before it, so appending live bars
 * fills chunks instead of adding tiny ones), merges, and writes them back re-chunked.
 */
final class BarChunkMerge {

    private final DSLContext dsl;
    private final long instrumentId;
    private final String timeframe;
    private final int chunkSize;

    BarChunkMerge(DSLContext dsl, long instrumentId, String timeframe, int chunkSize) {
        this.dsl = dsl;
        this.instrumentId = instrumentId;
        this.timeframe = timeframe;
        this.chunkSize = chunkSize;
    }

    void merge(BarSeries incoming) {
        long lo = incoming.time(0);
        long hi = incoming.time(incoming.size() - 1);
        var key = PRICE_BAR_CHUNK.INSTRUMENT_ID.eq(instrumentId).and(PRICE_BAR_CHUNK.TIMEFRAME.eq(timeframe));
        List<PriceBarChunkRecord> affected = new ArrayList<>(dsl.selectFrom(PRICE_BAR_CHUNK)
                .where(key, PRICE_BAR_CHUNK.LAST_TIME.ge(lo), PRICE_BAR_CHUNK.FIRST_TIME.le(hi))
                .orderBy(PRICE_BAR_CHUNK.FIRST_TIME).fetch());
        dsl.selectFrom(PRICE_BAR_CHUNK).where(key, PRICE_BAR_CHUNK.LAST_TIME.lt(lo))
                .orderBy(PRICE_BAR_CHUNK.FIRST_TIME.desc()).limit(1).fetchOptional()
                .filter(before -> before.getBarCount() < chunkSize)
                .ifPresent(before -> affected.addFirst(before));

        BarSeries existing = decode(affected);
        BarSeries merged = mergeSorted(existing, incoming);
        for (PriceBarChunkRecord r : affected) {
            dsl.deleteFrom(PRICE_BAR_CHUNK).where(key, PRICE_BAR_CHUNK.FIRST_TIME.eq(r.getFirstTime())).execute();
        }
        write(merged);
    }

    private static BarSeries decode(List<PriceBarChunkRecord> chunks) {
        int n = 0;
        for (PriceBarChunkRecord r : chunks) n += r.getBarCount();
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        int at = 0;
        for (PriceBarChunkRecord r : chunks) at += BarChunkCodec.decode(r.getData(), t, o, h, l, c, v, at);
        return BarSeries.wrap(t, o, h, l, c, v);
    }

    /** Both inputs are strictly increasing in time; at equal times the incoming bar wins. */
    private static BarSeries mergeSorted(BarSeries a, BarSeries b) {
        BarSeries out = new BarSeries(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean takeB = i == a.size() || (j < b.size() && b.time(j) <= a.time(i));
            if (takeB) {
                if (i < a.size() && a.time(i) == b.time(j)) i++;
                out.append(b.time(j), b.open(j), b.high(j), b.low(j), b.close(j), b.volume(j));
                j++;
            } else {
                out.append(a.time(i), a.open(i), a.high(i), a.low(i), a.close(i), a.volume(i));
                i++;
            }
        }
        return out;
    }

    private void write(BarSeries s) {
        List<PriceBarChunkRecord> rows = new ArrayList<>();
        for (int from = 0; from < s.size(); from += chunkSize) {
            int count = Math.min(chunkSize, s.size() - from);
            byte[] data = BarChunkCodec.encode(s.times(), s.opens(), s.highs(), s.lows(), s.closes(), s.volumes(), from, count);
            rows.add(new PriceBarChunkRecord(instrumentId, timeframe, s.time(from), s.time(from + count - 1), count, data));
        }
        dsl.batchInsert(rows).execute();
    }
}
