package dev.meridian.app.shell;

import dev.meridian.app.theme.Themes;
import dev.meridian.app.work.BackgroundWork;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Running jobs (progress and Cancel), the last failure, the vault's name, demo badge, theme and lock. */
final class StatusBarView {

    /** More jobs than this collapse into "+n more" so the bar never overflows. */
    static final int VISIBLE_JOBS = 3;

    private final HBox root = new HBox();
    private final HBox jobs = new HBox(14);
    // Held strongly here and registered weakly: the work queue and themes outlive this window.
    private final ListChangeListener<Task<?>> jobsListener;
    private final ChangeListener<Boolean> darkListener;

    StatusBarView(ShellModel model, ShellController controller, BackgroundWork work, Themes themes) {
        root.getStyleClass().add("status-bar");
        root.setId("status-bar");
        jobs.setId("status-jobs");
        jobsListener = c -> showJobs(work);
        work.running().addListener(new WeakListChangeListener<>(jobsListener));
        showJobs(work);

        Label failure = new Label();
        failure.setId("status-failure");
        failure.getStyleClass().add("status-failure");
        failure.textProperty().bind(model.failure);
        Button dismiss = iconButton(Feather.X, "Dismiss");
        dismiss.setOnAction(e -> controller.dismissFailure());
        HBox failureBox = new HBox(4, failure, dismiss);
        failureBox.setAlignment(Pos.CENTER_LEFT);
        failureBox.visibleProperty().bind(model.failure.isNotEmpty());
        failureBox.managedProperty().bind(failureBox.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label vault = new Label(model.vaultName, new FontIcon(Feather.DATABASE));
        vault.setId("status-vault");
        vault.getStyleClass().add("vault-name");

        Button theme = iconButton(Feather.MOON, "Toggle light/dark theme");
        theme.setId("theme-toggle");
        theme.setOnAction(e -> controller.toggleTheme());
        darkListener = (obs, old, dark) -> ((FontIcon) theme.getGraphic()).setIconCode(dark ? Feather.SUN : Feather.MOON);
        themes.darkProperty().addListener(new WeakChangeListener<>(darkListener));
        ((FontIcon) theme.getGraphic()).setIconCode(themes.darkProperty().get() ? Feather.SUN : Feather.MOON);

        Button lock = new Button("Lock", new FontIcon(Feather.LOCK));
        lock.setId("lock-button");
        lock.getStyleClass().add("small");
        lock.setTooltip(new Tooltip("Lock the vault (" + Shortcuts.LOCK.getDisplayText() + ")"));
        lock.setOnAction(e -> controller.lock());

        HBox extras = new HBox(8);
        extras.setId("status-extras");
        extras.setAlignment(Pos.CENTER_LEFT);
        Bindings.bindContent(extras.getChildren(), model.statusItems);
        root.getChildren().addAll(jobs, failureBox, spacer, extras);
        if (model.demo) {
            Label badge = new Label("Demo data");
            badge.setId("demo-badge");
            badge.getStyleClass().add("demo-badge");
            badge.setTooltip(new Tooltip("Generated, reproducible data — not real market prices or accounts"));
            root.getChildren().add(badge);
        }
        root.getChildren().addAll(vault, theme, lock);
    }

    HBox root() {
        return root;
    }

    private void showJobs(BackgroundWork work) {
        jobs.getChildren().clear();
        int shown = 0;
        for (Task<?> task : work.running()) {
            if (shown == VISIBLE_JOBS) {
                jobs.getChildren().add(new Label("+" + (work.running().size() - VISIBLE_JOBS) + " more"));
                break;
            }
            jobs.getChildren().add(jobView(task));
            shown++;
        }
    }

    private static Node jobView(Task<?> task) {
        Label title = new Label();
        title.textProperty().bind(task.messageProperty().map(m -> m == null || m.isBlank() ? task.getTitle() : task.getTitle() + " — " + m));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> task.cancel());
        HBox box = new HBox(title, bar, cancel);
        box.getStyleClass().add("status-job");
        return box;
    }

    private static Button iconButton(Feather icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "small", "button-icon");
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }
}
