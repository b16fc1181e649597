package dev.meridian.core.coach.insights;

import dev.meridian.core.domain.Notification;
import dev.meridian.core.repo.InsightLogRepository;
import dev.meridian.core.repo.NotificationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Turns new insights into notifications (source {@value #SOURCE}, link = {@link InsightLink#encode()}).
 * An insight whose key was published before is skipped: the notification and its log entry are
 * written in one transaction, so a crash cannot publish twice or lose the log.
 */
public final class InsightPublisher {

    public static final String SOURCE = "coach";

    private final DSLContext dsl;
    private final Clock clock;

    public InsightPublisher(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The notifications created now (insights already published are left out). */
    public List<Notification> publish(List<Insight> insights) {
        List<Notification> created = new ArrayList<>();
        dsl.transaction(cfg -> {
            DSLContext tx = DSL.using(cfg);
            InsightLogRepository log = new InsightLogRepository(tx);
            NotificationRepository notifications = new NotificationRepository(tx);
            for (Insight i : insights) {
                if (log.published(i.key())) continue;
                Instant now = clock.instant();
                Notification n = notifications.insert(new Notification(0, now, SOURCE, i.title(), i.explanation(), i.link().encode(), false));
                log.record(i.key(), n.id(), now);
                created.add(n);
            }
        });
        return created;
    }
}
