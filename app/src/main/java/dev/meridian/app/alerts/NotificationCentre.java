package dev.meridian.app.alerts;

import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.domain.Notification;
import dev.meridian.core.repo.NotificationRepository;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The in-app notification centre: history (newest first), unread count, mark read; a new notification from
 * any thread also pops a toast. The bell in the status bar is its view.
 */
public final class NotificationCentre {

    static final int HISTORY = 200;

    private final NotificationRepository notifications;
    private final BackgroundWork work;
    private final ObservableList<Notification> items = FXCollections.observableArrayList();
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final NotificationBell bell;

    public NotificationCentre(NotificationRepository notifications, BackgroundWork work) {
        this.notifications = notifications;
        this.work = work;
        this.bell = new NotificationBell(this);
    }

    public Node bell() {
        return bell.root();
    }

    public ObservableList<Notification> items() {
        return items;
    }

    public IntegerProperty unreadProperty() {
        return unread;
    }

    public void load() {
        record Loaded(List<Notification> recent, int unread) { }
        work.submit("Loading notifications", p -> new Loaded(notifications.recent(HISTORY), notifications.unreadCount()), loaded -> {
            items.setAll(loaded.recent());
            unread.set(loaded.unread());
        });
    }

    /** A notification that was just stored (any thread): listed first, counted, and shown as a toast. */
    public void arrived(Notification n) {
        Platform.runLater(() -> {
            items.addFirst(n);
            if (items.size() > HISTORY) items.removeLast();
            if (!n.read()) unread.set(unread.get() + 1);
            Toast.show(bell.root(), n.title(), n.body());
        });
    }

    public void markRead(Notification n) {
        if (n.read()) return;
        work.submit("Marking notification read", p -> {
            notifications.markRead(n.id());
            return notifications.unreadCount();
        }, count -> {
            replace(n, asRead(n));
            unread.set(count);
        });
    }

    public void markAllRead() {
        work.submit("Marking notifications read", p -> {
            notifications.markAllRead();
            return notifications.recent(HISTORY);
        }, recent -> {
            items.setAll(recent);
            unread.set(0);
        });
    }

    private void replace(Notification old, Notification now) {
        int i = items.indexOf(old);
        if (i >= 0) items.set(i, now);
    }

    private static Notification asRead(Notification n) {
        return new Notification(n.id(), n.createdAt(), n.source(), n.title(), n.body(), n.link(), true);
    }
}
