package dev.meridian.core.market;

/**
 * Builds higher-timeframe bars from lower-timeframe ones (typically 1-minute) as they arrive: open of the
 * first, highest high, lowest low, close of the last, summed volume. Each incoming bar either opens a new
 * higher bar ({@code append} on the sink) or updates the current one ({@code reviseLast}); a revision of the
 * live source bar revises the higher bar too, without double counting. Source bars outside the session
 * (pre/post-market) are ignored. Not thread-safe.
 */
public final class BarAggregator implements BarSink {

    private final TimeframeBuckets buckets;
    private final BarSink out;
    private long lastSourceTime = Long.MIN_VALUE;
    private boolean started;
    private long bucket;

    private boolean hasClosed;
    private double closedOpen;
    private double closedHigh;
    private double closedLow;
    private double closedVolume;

    private boolean liveCounts;
    private double liveOpen;
    private double liveHigh;
    private double liveLow;
    private double liveClose;
    private double liveVolume;

    public BarAggregator(TradingSession session, Timeframe target, BarSink out) {
        this.buckets = new TimeframeBuckets(session, target);
        this.out = out;
    }

    /** All of {@code source} aggregated to {@code target}. */
    public static BarSeries aggregate(BarSeries source, TradingSession session, Timeframe target) {
        BarSeries result = new BarSeries(Math.max(16, source.size() / 4));
        BarAggregator aggregator = new BarAggregator(session, target, result);
        for (int i = 0; i < source.size(); i++) {
            aggregator.append(source.time(i), source.open(i), source.high(i), source.low(i), source.close(i),
                    source.volume(i));
        }
        return result;
    }

    @Override
    public void append(long time, double open, double high, double low, double close, double volume) {
        if (time <= lastSourceTime) {
            throw new IllegalArgumentException("Source bar time " + time + " is not after the last one " + lastSourceTime);
        }
        long b = buckets.bucketOf(time);
        lastSourceTime = time;
        foldLive();
        if (b == TradingSession.OUTSIDE) return;
        setLive(open, high, low, close, volume);
        if (started && b == bucket) {
            emitRevision();
            return;
        }
        started = true;
        bucket = b;
        hasClosed = false;
        out.append(b, open, high, low, close, volume);
    }

    @Override
    public void reviseLast(double open, double high, double low, double close, double volume) {
        if (lastSourceTime == Long.MIN_VALUE) throw new IllegalStateException("No source bar to revise");
        if (!liveCounts) return;
        setLive(open, high, low, close, volume);
        emitRevision();
    }

    private void setLive(double open, double high, double low, double close, double volume) {
        liveCounts = true;
        liveOpen = open;
        liveHigh = high;
        liveLow = low;
        liveClose = close;
        liveVolume = volume;
    }

    private void foldLive() {
        if (!liveCounts) return;
        liveCounts = false;
        if (!hasClosed) {
            hasClosed = true;
            closedOpen = liveOpen;
            closedHigh = liveHigh;
            closedLow = liveLow;
            closedVolume = liveVolume;
            return;
        }
        closedHigh = Math.max(closedHigh, liveHigh);
        closedLow = Math.min(closedLow, liveLow);
        closedVolume += liveVolume;
    }

    private void emitRevision() {
        if (!hasClosed) {
            out.reviseLast(liveOpen, liveHigh, liveLow, liveClose, liveVolume);
            return;
        }
        out.reviseLast(closedOpen, Math.max(closedHigh, liveHigh), Math.min(closedLow, liveLow), liveClose,
                closedVolume + liveVolume);
    }
}
