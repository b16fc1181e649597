package dev.meridian.core.alerts;

import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertFrequency;
import dev.meridian.core.market.BarSeries;
import dev.meridian.core.market.LongKeyMap;
import dev.meridian.core.market.TradingSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the active alerts on live ticks and on synced daily bars. Each alert is warmed up on the stored
 * daily history without firing, so it only reacts to what happens from now on. A ONCE alert leaves the
 * engine when it fires; an EVERY_TIME alert stays and fires again after its condition stopped holding.
 * Thread-safe: ticks may come from several stream threads; firings go to the sink outside the lock.
 */
public final class AlertEngine {

    private final AlertSink sink;
    private final Object lock = new Object();
    private final LongKeyMap<List<AlertTracker>> byInstrument = new LongKeyMap<>(64);
    private final Map<Long, Long> instrumentOfAlert = new HashMap<>();

    public AlertEngine(AlertSink sink) {
        this.sink = sink;
    }

    /**
     * Starts watching {@code alert} (replacing an earlier version with the same id), warmed up on {@code dailyHistory}.
     * An inactive alert is only removed. Throws {@link AlertConditionException} for a condition that does not parse.
     */
    public void put(Alert alert, TradingSession session, BarSeries dailyHistory) {
        AlertRule rule = AlertRuleParser.parse(alert);
        AlertTracker tracker = new AlertTracker(alert, rule, session);
        for (int i = 0; i < dailyHistory.size(); i++) {
            tracker.onBar(dailyHistory.time(i), dailyHistory.open(i), dailyHistory.high(i), dailyHistory.low(i), dailyHistory.close(i),
                    dailyHistory.volume(i));
        }
        synchronized (lock) {
            removeLocked(alert.id());
            if (!alert.active()) return;
            List<AlertTracker> list = byInstrument.get(alert.instrumentId());
            if (list == null) {
                list = new ArrayList<>(2);
                byInstrument.put(alert.instrumentId(), list);
            }
            list.add(tracker);
            instrumentOfAlert.put(alert.id(), alert.instrumentId());
        }
    }

    public void remove(long alertId) {
        synchronized (lock) {
            removeLocked(alertId);
        }
    }

    /** The alerts being watched for an instrument, in the order they were put. */
    public List<Alert> watched(long instrumentId) {
        synchronized (lock) {
            List<AlertTracker> list = byInstrument.get(instrumentId);
            return list == null ? List.of() : list.stream().map(t -> t.alert).toList();
        }
    }

    public int size() {
        synchronized (lock) {
            return instrumentOfAlert.size();
        }
    }

    /** A trade. Allocates nothing unless an alert fires. */
    public void onTick(long instrumentId, long epochMillis, double price) {
        List<AlertFiring> fired = null;
        synchronized (lock) {
            List<AlertTracker> list = byInstrument.get(instrumentId);
            if (list == null) return;
            for (int i = 0; i < list.size(); i++) {
                AlertTracker t = list.get(i);
                if (!t.onTick(epochMillis, price)) continue;
                if (fired == null) fired = new ArrayList<>(1);
                fired.add(new AlertFiring(t.alert, epochMillis, price, t.describe()));
                if (t.alert.frequency() == AlertFrequency.ONCE) {
                    list.remove(i--);
                    instrumentOfAlert.remove(t.alert.id());
                }
            }
        }
        deliver(fired);
    }

    /** Daily bars from a sync (ascending); bars older than the alert's current day are skipped. */
    public void onBars(long instrumentId, BarSeries daily) {
        List<AlertFiring> fired = null;
        synchronized (lock) {
            List<AlertTracker> list = byInstrument.get(instrumentId);
            if (list == null) return;
            for (int i = 0; i < list.size(); i++) {
                AlertTracker t = list.get(i);
                for (int k = 0; k < daily.size(); k++) {
                    if (!t.onBar(daily.time(k), daily.open(k), daily.high(k), daily.low(k), daily.close(k), daily.volume(k))) continue;
                    if (fired == null) fired = new ArrayList<>(1);
                    fired.add(new AlertFiring(t.alert, daily.time(k), daily.close(k), t.describe()));
                    if (t.alert.frequency() == AlertFrequency.ONCE) {
                        list.remove(i--);
                        instrumentOfAlert.remove(t.alert.id());
                        break;
                    }
                }
            }
        }
        deliver(fired);
    }

    private void deliver(List<AlertFiring> fired) {
        if (fired == null) return;
        for (AlertFiring f : fired) sink.fired(f);
    }

    private void removeLocked(long alertId) {
        Long instrumentId = instrumentOfAlert.remove(alertId);
        if (instrumentId == null) return;
        List<AlertTracker> list = byInstrument.get(instrumentId);
        if (list == null) return;
        list.removeIf(t -> t.alert.id() == alertId);
        if (list.isEmpty()) byInstrument.remove(instrumentId);
    }
}
