package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.INSIGHT_LOG;

import java.time.Instant;
import org.jooq.DSLContext;

/** Which insights were already published (by their stable key), so none is notified twice. */
public final class InsightLogRepository {

    private final DSLContext dsl;

    public InsightLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean published(String insightKey) {
        return dsl.fetchExists(INSIGHT_LOG, INSIGHT_LOG.INSIGHT_KEY.eq(insightKey));
    }

    public void record(String insightKey, Long notificationId, Instant at) {
        dsl.insertInto(INSIGHT_LOG)
                .set(INSIGHT_LOG.INSIGHT_KEY, insightKey)
                .set(INSIGHT_LOG.NOTIFICATION_ID, notificationId)
                .set(INSIGHT_LOG.PUBLISHED_AT, Columns.timestamp(at))
                .execute();
    }
}
