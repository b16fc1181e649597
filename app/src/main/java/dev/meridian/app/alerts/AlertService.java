package dev.meridian.app.alerts;

import dev.meridian.core.alerts.AlertEngine;
import dev.meridian.core.alerts.AlertNotifier;
import dev.meridian.core.alerts.AlertRuleParser;
import dev.meridian.core.domain.Alert;
import dev.meridian.core.domain.AlertCondition;
import dev.meridian.core.domain.Instrument;
import dev.meridian.core.domain.Notification;
import dev.meridian.core.market.Timeframe;
import dev.meridian.core.market.TradingSession;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.BarRepository;
import dev.meridian.core.repo.InstrumentRepository;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The session's alerts: persisted in the vault and watched by one {@link AlertEngine} that live ticks and bar
 * syncs feed. Every method reads or writes the vault: call it from background work, never the FX thread.
 */
public final class AlertService {

    private static final Logger LOG = System.getLogger(AlertService.class.getName());

    private final InstrumentRepository instruments;
    private final BarRepository bars;
    private final AlertRepository alerts;
    private final AlertEngine engine;

    /** @param onNotification hears each firing's notification, on the thread that fed the tick or the bars */
    public AlertService(DSLContext dsl, InstrumentRepository instruments, BarRepository bars, Consumer<Notification> onNotification) {
        this.instruments = instruments;
        this.bars = bars;
        this.alerts = new AlertRepository(dsl);
        AlertNotifier notifier = new AlertNotifier(dsl, id -> instruments.find(id).map(Instrument::symbol).orElse("#" + id), onNotification);
        this.engine = new AlertEngine(firing -> {
            try {
                notifier.fired(firing);
            } catch (RuntimeException e) {
                // A firing that cannot be recorded (the alert was just deleted, the vault is closing) must not kill the feed.
                LOG.log(Level.WARNING, "Could not record alert " + firing.alert().id() + " firing", e);
            }
        });
    }

    public AlertEngine engine() {
        return engine;
    }

    /** Puts every active alert on watch, warmed up on its instrument's stored daily bars. Returns how many. */
    public int loadActive() {
        int n = 0;
        for (Alert alert : alerts.active()) {
            if (watch(alert)) n++;
        }
        return n;
    }

    public List<Alert> forInstrument(long instrumentId) {
        return alerts.forInstrument(instrumentId);
    }

    /** Validates, stores (insert when id is 0) and (re)watches the alert; returns it with its id. */
    public Alert save(Alert alert) {
        AlertRuleParser.parse(alert);
        Alert saved = alert.id() == 0 ? alerts.insert(alert) : update(alert);
        if (saved.active()) {
            watch(saved);
        } else {
            engine.remove(saved.id());
        }
        return saved;
    }

    public void delete(long alertId) {
        engine.remove(alertId);
        alerts.delete(alertId);
    }

    /** Price levels of the instrument's watched price alerts, for drawing as lines on its chart. */
    public List<Double> priceLevels(long instrumentId) {
        return engine.watched(instrumentId).stream()
                .filter(a -> a.condition() == AlertCondition.PRICE_ABOVE || a.condition() == AlertCondition.PRICE_BELOW)
                .map(a -> a.threshold().doubleValue()).toList();
    }

    private Alert update(Alert alert) {
        alerts.update(alert);
        return alert;
    }

    private boolean watch(Alert alert) {
        Instrument instrument = instruments.find(alert.instrumentId()).orElse(null);
        if (instrument == null) return false;
        try {
            engine.put(alert, TradingSession.of(instrument), bars.load(instrument.id(), Timeframe.D1));
            return true;
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Alert " + alert.id() + " is not watched: " + e.getMessage());
            return false;
        }
    }
}
