package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.NOTIFICATION;

import dev.meridian.core.db.generated.tables.records.NotificationRecord;
import dev.meridian.core.domain.Notification;
import java.util.List;
import org.jooq.DSLContext;

/** The in-app notification centre. */
public final class NotificationRepository {

    private final DSLContext dsl;

    public NotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Notification insert(Notification n) {
        long id = dsl.insertInto(NOTIFICATION)
                .set(NOTIFICATION.CREATED_AT, Columns.timestamp(n.createdAt()))
                .set(NOTIFICATION.SOURCE, n.source())
                .set(NOTIFICATION.TITLE, n.title())
                .set(NOTIFICATION.BODY, n.body())
                .set(NOTIFICATION.LINK, n.link())
                .set(NOTIFICATION.IS_READ, n.read())
                .returningResult(NOTIFICATION.ID).fetchSingle().value1();
        return n.withId(id);
    }

    /** Newest first. */
    public List<Notification> recent(int limit) {
        return dsl.selectFrom(NOTIFICATION).orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(Math.max(0, limit))
                .fetch(NotificationRepository::toDomain);
    }

    public int unreadCount() {
        return dsl.fetchCount(NOTIFICATION, NOTIFICATION.IS_READ.isFalse());
    }

    public void markRead(long id) {
        dsl.update(NOTIFICATION).set(NOTIFICATION.IS_READ, true).where(NOTIFICATION.ID.eq(id)).execute();
    }

    public void markAllRead() {
        dsl.update(NOTIFICATION).set(NOTIFICATION.IS_READ, true).where(NOTIFICATION.IS_READ.isFalse()).execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(NOTIFICATION).where(NOTIFICATION.ID.eq(id)).execute();
    }

    private static Notification toDomain(NotificationRecord r) {
        return new Notification(r.getId(), Columns.instant(r.getCreatedAt()), r.getSource(), r.getTitle(), r.getBody(), r.getLink(),
                r.getIsRead());
    }
}
