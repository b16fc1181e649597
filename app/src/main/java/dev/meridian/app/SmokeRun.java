package dev.meridian.app;

import dev.meridian.app.work.BackgroundWork;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * {@code --smoke}: waits until the main window shows the workstation, laid out, with its first
 * loads finished and no failure reported; then exits 0. Any failure or a timeout exits non-zero.
 */
final class SmokeRun {

    private static final Logger LOG = System.getLogger(SmokeRun.class.getName());
    static final Duration TIMEOUT = Duration.minutes(5);

    private final AppWindow window;
    private final BackgroundWork work;
    private final long startedNanos = System.nanoTime();
    private Timeline poll;
    private int settledChecks;

    SmokeRun(AppWindow window, BackgroundWork work) {
        this.window = window;
        this.work = work;
    }

    void watch() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> fail("uncaught exception on " + thread.getName() + ": " + error));
        poll = new Timeline(new KeyFrame(Duration.millis(100), e -> check()));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void check() {
        if (elapsed().greaterThan(TIMEOUT)) {
            finish(ExitStatus.TIMED_OUT, "main window not ready after " + TIMEOUT.toSeconds() + " s");
            return;
        }
        var unlock = window.unlockProperty().get();
        if (unlock != null && !unlock.model().messageProperty().get().isEmpty()) {
            fail("could not open the vault: " + unlock.model().messageProperty().get());
            return;
        }
        Workstation ws = window.workstationProperty().get();
        if (ws == null) return;
        String failure = ws.shell().model().failureProperty().get();
        if (!failure.isEmpty()) {
            fail(failure);
            return;
        }
        Parent root = ws.view();
        boolean ready = window.stage().isShowing() && root.getScene() != null && root.getLayoutBounds().getWidth() > 0
                && !root.isNeedsLayout() && work.running().isEmpty();
        // Two quiet checks in a row: the first loads may queue follow-up loads.
        settledChecks = ready ? settledChecks + 1 : 0;
        if (settledChecks < 2) return;
        finish(ExitStatus.OK, String.format("main window shown and laid out (%.0fx%.0f) in %.1f s",
                root.getLayoutBounds().getWidth(), root.getLayoutBounds().getHeight(), elapsed().toSeconds()));
    }

    private void fail(String why) {
        finish(ExitStatus.FAILED, why);
    }

    private void finish(int code, String message) {
        if (poll != null) poll.stop();
        if (code == ExitStatus.OK) {
            System.out.println("Smoke test passed: " + message);
        } else {
            ExitStatus.fail(code);
            System.err.println("Smoke test FAILED: " + message);
            LOG.log(Level.ERROR, "Smoke test failed: " + message);
        }
        Platform.runLater(Platform::exit);
    }

    private Duration elapsed() {
        return Duration.millis((System.nanoTime() - startedNanos) / 1_000_000.0);
    }
}
