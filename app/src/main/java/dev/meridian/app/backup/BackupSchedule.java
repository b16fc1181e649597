package dev.meridian.app.backup;

import dev.meridian.app.work.BackgroundWork;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

/**
 * The daily backup: every 30 minutes while the vault is unlocked (and once shortly after unlock)
 * it asks, off the FX thread, whether a backup is due and runs it. Backing up on lock is left out
 * on purpose: locking must be immediate and must not wait for a network upload.
 */
public final class BackupSchedule {

    private final Timeline timeline;

    public BackupSchedule(BackupJobs jobs, BackgroundWork work, StringProperty statusNote) {
        timeline = new Timeline(new KeyFrame(Duration.minutes(30), e -> check(jobs, work, statusNote)));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setDelay(Duration.minutes(2));
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    private static void check(BackupJobs jobs, BackgroundWork work, StringProperty statusNote) {
        work.submit("Scheduled backup", jobs::backUpIfDue, (List<BackupJobs.RunResult> results) -> {
            if (!results.isEmpty()) {
                statusNote.set("Scheduled backup done: " + results.size() + " destination(s), "
                        + results.stream().mapToInt(r -> r.snapshot().newChunks()).sum() + " new chunks.");
            }
        }, failure -> statusNote.set("Scheduled backup failed: " + failure.getMessage()));
    }
}
