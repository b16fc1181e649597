package dev.meridian.app.alerts;

import dev.meridian.core.domain.Notification;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bell in the status bar: unread count, and a panel listing the notification history. */
final class NotificationBell {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM HH:mm").withZone(ZoneId.systemDefault());

    private final NotificationCentre centre;
    private final Button button = new Button(null, new FontIcon(Feather.BELL));
    private final ListView<Notification> list = new ListView<>();
    private final Popup panel = new Popup();

    NotificationBell(NotificationCentre centre) {
        this.centre = centre;
        button.setId("notification-bell");
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip("Notifications"));
        button.textProperty().bind(centre.unreadProperty().map(n -> n.intValue() == 0 ? "" : String.valueOf(n)));
        button.setOnAction(e -> toggle());
        list.setId("notification-list");
        list.setItems(centre.items());
        list.setPrefSize(380, 360);
        list.setCellFactory(v -> new NotificationCell());
        list.setPlaceholder(new Label("No notifications"));
        Button allRead = new Button("Mark all read");
        allRead.setId("notifications-all-read");
        allRead.getStyleClass().add("small");
        allRead.setOnAction(e -> centre.markAllRead());
        Label title = new Label("Notifications");
        title.getStyleClass().add("title-4");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, allRead);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, header, list);
        box.getStyleClass().add("notification-panel");
        panel.getContent().add(box);
        panel.setAutoHide(true);
        panel.setConsumeAutoHidingEvents(false);
    }

    Button root() {
        return button;
    }

    private void toggle() {
        if (panel.isShowing()) {
            panel.hide();
            return;
        }
        Bounds b = button.localToScreen(button.getBoundsInLocal());
        if (b == null) return;
        panel.show(button, b.getMaxX() - 400, b.getMinY() - 420);
    }

    private final class NotificationCell extends ListCell<Notification> {
        @Override
        protected void updateItem(Notification n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                setText(null);
                setOnMouseClicked(null);
                return;
            }
            Label title = new Label(n.title());
            title.getStyleClass().add(n.read() ? "notification-read" : "notification-unread");
            Label body = new Label(n.body());
            body.setWrapText(true);
            body.setMaxWidth(340);
            Label when = new Label(WHEN.format(n.createdAt()) + " · " + n.source());
            when.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, title, body, when));
            setOnMouseClicked(e -> centre.markRead(n));
        }
    }
}
