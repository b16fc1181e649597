package dev.meridian.core.indicators;

import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.TradingSession;
import java.util.function.LongUnaryOperator;

/**
 * Session-anchored VWAP: cumulative sum of typical price (H+L+C)/3 times volume over cumulative volume,
 * restarting at each session (TradingView's "Session" anchor; TA-Lib has no VWAP). A session is identified
 * by a key per bar (any long that changes when a session starts), or derived from a {@link TradingSession}.
 * NaN while the session's cumulative volume is zero. Lookback 0.
 */
public final class Vwap {

    private Vwap() {
    }

    public static int lookback() {
        return 0;
    }

    /** VWAP anchored to the sessions of {@code session}; bars outside every session form their own runs. */
    public static double[] compute(BarSeries bars, TradingSession session) {
        int n = bars.size();
        long[] keys = new long[n];
        LongUnaryOperator key = sessionKey(session);
        for (int i = 0; i < n; i++) keys[i] = key.applyAsLong(bars.time(i));
        return compute(bars.highs(), bars.lows(), bars.closes(), bars.volumes(), keys, n, null);
    }

    public static double[] compute(double[] high, double[] low, double[] close, double[] volume, long[] sessionKeys,
            int n, double[] out) {
        int available = Math.min(Math.min(high.length, low.length), Math.min(close.length, volume.length));
        Inputs.requireCount(n, Math.min(available, sessionKeys.length), "VWAP input");
        out = Inputs.output(out, n, "VWAP output");
        Kernel k = new Kernel(t -> t);
        for (int i = 0; i < n; i++) {
            out[i] = k.live(sessionKeys[i], high[i], low[i], close[i], volume[i]);
            k.commit();
        }
        return out;
    }

    /** Streaming VWAP; {@code sessionKey} maps a bar's open time to its session. */
    public static StreamingIndicator stream(LongUnaryOperator sessionKey) {
        return new KernelStream(new Kernel(sessionKey), "VWAP", "vwap");
    }

    public static StreamingIndicator stream(TradingSession session) {
        return stream(sessionKey(session));
    }

    /** Session key of a bar time: the session's opening instant, or the time itself outside sessions. */
    static LongUnaryOperator sessionKey(TradingSession session) {
        return t -> {
            long open = session.sessionOpen(t);
            return open == TradingSession.OUTSIDE ? t : open;
        };
    }

    private static final class Kernel implements BarKernel {
        private final LongUnaryOperator sessionKey;
        private boolean hasSession;
        private long session;
        private double priceVolume;
        private double volume;
        private long pendingSession;
        private double pendingPriceVolume;
        private double pendingVolume;
        private double vwap;

        Kernel(LongUnaryOperator sessionKey) {
            this.sessionKey = sessionKey;
        }

        double live(long key, double high, double low, double close, double v) {
            double pv = (high + low + close) / 3 * v;
            pendingSession = key;
            if (hasSession && key == session) {
                pendingPriceVolume = priceVolume + pv;
                pendingVolume = volume + v;
            } else {
                pendingPriceVolume = pv;
                pendingVolume = v;
            }
            vwap = pendingVolume != 0 ? pendingPriceVolume / pendingVolume : Double.NaN;
            return vwap;
        }

        @Override
        public void live(long time, double open, double high, double low, double close, double volume) {
            live(sessionKey.applyAsLong(time), high, low, close, volume);
        }

        @Override
        public void commit() {
            hasSession = true;
            session = pendingSession;
            priceVolume = pendingPriceVolume;
            volume = pendingVolume;
        }

        @Override
        public double output(int k) {
            return vwap;
        }
    }
}
