package dev.meridian.core.market.quote;

import dev.meridian.core.market.LongKeyMap;
import dev.meridian.core.market.TradingSession;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The live quote of every watched instrument, fed by ticks from any thread. A tick costs O(1) and allocates
 * nothing: the state lives in primitive columns indexed by a slot per instrument. Every changed instrument is
 * put once on a dirty list; the UI drains that list once per pulse ({@link #drainDirty}), so however many
 * ticks arrive between two pulses it redraws each row at most once.
 *
 * <p>A tick in a later trading day (per the instrument's {@link TradingSession}) rolls the day: the last price
 * becomes the previous close and the range and volume start again. {@code volume} on a tick is the day's
 * cumulative volume when the feed knows it, NaN otherwise.
 */
public final class QuoteBoard {

    private final LongKeyMap<Slot> slots = new LongKeyMap<>(64);
    private final Object lock = new Object();
    private int size;
    private long[] ids = new long[64];
    private double[] last = new double[64];
    private double[] previousClose = new double[64];
    private double[] high = new double[64];
    private double[] low = new double[64];
    private double[] volume = new double[64];
    private long[] updatedAt = new long[64];
    private long[] dayEnd = new long[64];
    private TradingSession[] sessions = new TradingSession[64];
    private boolean[] dirty = new boolean[64];
    private int[] dirtyList = new int[64];
    private int dirtyCount;
    private long ticks;

    /** A boxed slot number, created once per instrument so that lookups never allocate. */
    private record Slot(int index) { }

    /** Starts (or restarts) an instrument's quote from stored data; marks it dirty. */
    public void seed(long instrumentId, QuoteSeed seed) {
        synchronized (lock) {
            int i = slotOf(instrumentId);
            last[i] = seed.last();
            previousClose[i] = seed.previousClose();
            high[i] = seed.dayHigh();
            low[i] = seed.dayLow();
            volume[i] = seed.volume();
            updatedAt[i] = seed.updatedAtMillis();
            sessions[i] = seed.session();
            dayEnd[i] = seed.updatedAtMillis() == Long.MIN_VALUE ? Long.MIN_VALUE : dayEndOf(seed.session(), seed.updatedAtMillis());
            markDirty(i);
        }
    }

    /** Applies one trade; ticks for instruments never seeded start an all-day UTC quote without a previous close. */
    public void onTick(long instrumentId, long epochMillis, double price, double dayVolume) {
        if (!(price > 0) || Double.isInfinite(price)) return;
        synchronized (lock) {
            ticks++;
            Slot slot = slots.get(instrumentId);
            int i = slot != null ? slot.index : slotOf(instrumentId);
            if (sessions[i] == null) sessions[i] = TradingSession.crypto();
            if (epochMillis < updatedAt[i]) return;
            if (epochMillis >= dayEnd[i]) rollDay(i, epochMillis);
            last[i] = price;
            if (!(price <= high[i])) high[i] = price;
            if (!(price >= low[i])) low[i] = price;
            if (dayVolume >= 0) volume[i] = dayVolume;
            updatedAt[i] = epochMillis;
            markDirty(i);
        }
    }

    /** The current quote of an instrument, if it was seeded or ticked. */
    public Optional<Quote> quote(long instrumentId) {
        synchronized (lock) {
            Slot slot = slots.get(instrumentId);
            return slot == null ? Optional.empty() : Optional.of(snapshot(slot.index));
        }
    }

    /**
     * Hands every instrument changed since the last drain to {@code changed} (each once) and clears the list.
     * Returns how many there were. The callback runs under the board's lock and must not call back into the board;
     * {@link #drainDirtyQuotes} hands over the values instead.
     */
    public int drainDirty(LongConsumer changed) {
        synchronized (lock) {
            int n = dirtyCount;
            for (int k = 0; k < n; k++) {
                int i = dirtyList[k];
                dirty[i] = false;
                changed.accept(ids[i]);
            }
            dirtyCount = 0;
            return n;
        }
    }

    /** Like {@link #drainDirty} but returns a snapshot of each changed quote, copied under one lock. */
    public Quote[] drainDirtyQuotes() {
        synchronized (lock) {
            Quote[] out = new Quote[dirtyCount];
            for (int k = 0; k < dirtyCount; k++) {
                int i = dirtyList[k];
                dirty[i] = false;
                out[k] = snapshot(i);
            }
            dirtyCount = 0;
            return out;
        }
    }

    /** Ticks accepted so far (including ones older than the quote, which change nothing). */
    public long ticks() {
        synchronized (lock) {
            return ticks;
        }
    }

    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    private void rollDay(int i, long epochMillis) {
        TradingSession session = sessions[i];
        LocalDate day = session.tradingDay(epochMillis);
        // Ticks between sessions (pre/after hours) belong to the day that just closed.
        if (day == null) return;
        if (dayEnd[i] != Long.MIN_VALUE && !Double.isNaN(last[i])) previousClose[i] = last[i];
        high[i] = Double.NaN;
        low[i] = Double.NaN;
        volume[i] = Double.NaN;
        dayEnd[i] = session.closeOn(day);
    }

    private static long dayEndOf(TradingSession session, long epochMillis) {
        LocalDate day = session.tradingDay(epochMillis);
        if (day != null) return session.closeOn(day);
        // Outside a session the seed is the last closed day: the next session's first tick rolls it.
        return epochMillis + 1;
    }

    private Quote snapshot(int i) {
        return new Quote(ids[i], last[i], previousClose[i], high[i], low[i], volume[i], updatedAt[i]);
    }

    private void markDirty(int i) {
        if (dirty[i]) return;
        dirty[i] = true;
        dirtyList[dirtyCount++] = i;
    }

    private int slotOf(long instrumentId) {
        Slot slot = slots.get(instrumentId);
        if (slot != null) return slot.index;
        if (size == ids.length) grow();
        int i = size++;
        ids[i] = instrumentId;
        last[i] = Double.NaN;
        previousClose[i] = Double.NaN;
        high[i] = Double.NaN;
        low[i] = Double.NaN;
        volume[i] = Double.NaN;
        updatedAt[i] = Long.MIN_VALUE;
        dayEnd[i] = Long.MIN_VALUE;
        slots.put(instrumentId, new Slot(i));
        return i;
    }

    private void grow() {
        int cap = ids.length * 2;
        ids = Arrays.copyOf(ids, cap);
        last = Arrays.copyOf(last, cap);
        previousClose = Arrays.copyOf(previousClose, cap);
        high = Arrays.copyOf(high, cap);
        low = Arrays.copyOf(low, cap);
        volume = Arrays.copyOf(volume, cap);
        updatedAt = Arrays.copyOf(updatedAt, cap);
        dayEnd = Arrays.copyOf(dayEnd, cap);
        sessions = Arrays.copyOf(sessions, cap);
        dirty = Arrays.copyOf(dirty, cap);
        dirtyList = Arrays.copyOf(dirtyList, cap);
    }
}
