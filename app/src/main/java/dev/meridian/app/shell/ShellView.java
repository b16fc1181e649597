package dev.meridian.app.shell;

import dev.meridian.app.theme.Themes;
import dev.meridian.app.work.BackgroundWork;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sidebar, content area and status bar, with the command palette as an overlay on top. */
final class ShellView {

    private final StackPane root = new StackPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    // Kept here: the status bar registers weak listeners on longer-lived objects and must stay reachable.
    private final StatusBarView statusBar;

    ShellView(ShellModel model, ShellController controller, BackgroundWork work, Themes themes, Parent palette) {
        root.setId("shell");
        content.getStyleClass().add("content-area");
        BorderPane frame = new BorderPane();
        frame.setLeft(sidebar(model, controller));
        frame.setCenter(content);
        statusBar = new StatusBarView(model, controller, work, themes);
        frame.setBottom(statusBar.root());
        root.getChildren().addAll(frame, palette);

        model.activeScreen.addListener((obs, old, now) -> content.getChildren().setAll(now == null ? new Region() : now.view()));
        model.active.addListener((obs, old, now) -> navigation.getToggles().stream()
                .filter(t -> t.getUserData() == now)
                .findFirst()
                .ifPresent(t -> t.setSelected(true)));
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (controller.onKey(e)) e.consume();
        });
    }

    Parent root() {
        return root;
    }

    private VBox sidebar(ShellModel model, ShellController controller) {
        Label brand = new Label("Meridian");
        brand.getStyleClass().add("sidebar-brand");
        VBox bar = new VBox(brand);
        bar.getStyleClass().add("sidebar");
        bar.setMinWidth(Region.USE_PREF_SIZE);
        for (int i = 0; i < model.entries.size(); i++) {
            ScreenEntry entry = model.entries.get(i);
            ToggleButton item = new ToggleButton(entry.title(), new FontIcon(entry.icon()));
            item.setId("nav-" + entry.id());
            item.getStyleClass().add("sidebar-item");
            item.setUserData(entry);
            item.setToggleGroup(navigation);
            item.setMaxWidth(Double.MAX_VALUE);
            item.setFocusTraversable(false);
            if (i < 9) item.setTooltip(new Tooltip(Shortcuts.screenShortcutText(i + 1)));
            // A selected item stays selected: clicking it again must not leave no screen chosen.
            item.setOnAction(e -> {
                item.setSelected(true);
                controller.show(entry.id());
            });
            bar.getChildren().add(item);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Ctrl+K  Command palette");
        hint.getStyleClass().add("sidebar-shortcut");
        bar.getChildren().addAll(spacer, hint);
        return bar;
    }
}
