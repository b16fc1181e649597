package dev.meridian.app.alerts;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

/** A small desktop notification inside the app window: top right (clear of the status bar), gone after a few seconds or on click. */
final class Toast {

    static final Duration SHOWN_FOR = Duration.seconds(6);

    private Toast() {
    }

    static Popup show(Node anchor, String title, String body) {
        if (anchor.getScene() == null || anchor.getScene().getWindow() == null) return null;
        Window window = anchor.getScene().getWindow();
        Label heading = new Label(title);
        heading.getStyleClass().add("toast-title");
        Label text = new Label(body);
        text.setWrapText(true);
        text.setMaxWidth(320);
        VBox box = new VBox(4, heading, text);
        box.getStyleClass().add("toast");
        box.setId("toast");
        Popup popup = new Popup();
        popup.getContent().add(box);
        // Not auto-hiding: an auto-hiding popup swallows the user's next click anywhere in the window.
        popup.setAutoHide(false);
        box.setOnMouseClicked(e -> popup.hide());
        popup.show(window);
        Bounds b = box.getLayoutBounds();
        popup.setX(window.getX() + window.getWidth() - b.getWidth() - 24);
        popup.setY(window.getY() + 56);
        PauseTransition later = new PauseTransition(SHOWN_FOR);
        later.setOnFinished(e -> popup.hide());
        later.play();
        return popup;
    }
}
