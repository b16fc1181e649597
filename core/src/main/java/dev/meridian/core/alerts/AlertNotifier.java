package dev.meridian.core.alerts;

import dev.meridian.core.domain.Notification;
import dev.meridian.core.repo.AlertRepository;
import dev.meridian.core.repo.NotificationRepository;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Records a firing in the vault, in one transaction: the alert is marked triggered (a ONCE alert is deactivated)
 * and a notification is added to the notification centre. Then {@code onNotification} hears about it (the app
 * shows a toast and updates the bell).
 */
public final class AlertNotifier implements AlertSink {

    private final DSLContext dsl;
    private final LongFunction<String> symbolOf;
    private final Consumer<Notification> onNotification;

    public AlertNotifier(DSLContext dsl, LongFunction<String> symbolOf, Consumer<Notification> onNotification) {
        this.dsl = dsl;
        this.symbolOf = symbolOf;
        this.onNotification = onNotification;
    }

    @Override
    public void fired(AlertFiring firing) {
        long instrumentId = firing.alert().instrumentId();
        String symbol = symbolOf.apply(instrumentId);
        Instant at = Instant.ofEpochMilli(firing.epochMillis());
        Notification n = new Notification(0, at, "alert", symbol + ": " + firing.description(),
                String.format(Locale.ROOT, "Last price %s at %s.", price(firing.price()), at), "chart:" + instrumentId, false);
        Notification stored = dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            new AlertRepository(tx).markTriggered(firing.alert().id(), at);
            return new NotificationRepository(tx).insert(n);
        });
        onNotification.accept(stored);
    }

    private static String price(double p) {
        return Math.abs(p) >= 100 ? String.format(Locale.ROOT, "%.2f", p) : String.format(Locale.ROOT, "%.6g", p);
    }
}
