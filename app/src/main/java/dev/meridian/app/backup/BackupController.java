package dev.meridian.app.backup;

import dev.meridian.app.shell.Screen;
import dev.meridian.app.work.BackgroundWork;
import dev.meridian.core.backup.RetentionPolicy;
import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.work.CancelledException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;

/** Backup destinations, Back up now, snapshots, Verify, Restore, retention and the daily schedule. */
public final class BackupController implements Screen {

    private final BackupJobs jobs;
    private final BackgroundWork work;
    private final StringProperty statusNote;
    private final BackupModel model = new BackupModel();
    private final BackupView view;

    public BackupController(BackupJobs jobs, BackgroundWork work, StringProperty statusNote) {
        this.jobs = jobs;
        this.work = work;
        this.statusNote = statusNote;
        this.view = new BackupView(model, this);
        model.selected.addListener((obs, old, now) -> loadSnapshots());
    }

    @Override
    public Parent view() {
        return view.root();
    }

    public BackupModel model() {
        return model;
    }

    @Override
    public void onActivate() {
        record Loaded(java.util.List<BackupDestination> destinations, RetentionPolicy retention, boolean daily) { }
        work.submit("Loading backup destinations", p -> new Loaded(jobs.destinations(), jobs.preferences().retention(), jobs.preferences().daily()),
                loaded -> {
                    BackupDestination keep = model.selected.get();
                    model.destinations.setAll(loaded.destinations());
                    model.selected.set(loaded.destinations().stream().filter(d -> keep != null && d.id() == keep.id()).findFirst()
                            .orElse(loaded.destinations().isEmpty() ? null : loaded.destinations().getFirst()));
                    model.keepLast.set(Integer.toString(loaded.retention().last()));
                    model.keepDaily.set(Integer.toString(loaded.retention().daily()));
                    model.keepWeekly.set(Integer.toString(loaded.retention().weekly()));
                    model.keepMonthly.set(Integer.toString(loaded.retention().monthly()));
                    model.daily.set(loaded.daily());
                });
    }

    void addDestination(char[] secret) {
        DestinationInput input = input(secret);
        try {
            input.toSettings();
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        work.submit("Adding backup destination", p -> jobs.addDestination(input), added -> {
            model.destinations.add(added);
            model.selected.set(added);
            say("Added " + added.name() + ".", false);
            view.clearSecrets();
        }, failure -> say(failure.getMessage(), true));
    }

    void testConnection(char[] secret) {
        DestinationInput input = input(secret);
        try {
            input.toSettings();
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        say("Testing the connection…", false);
        work.submit("Testing backup destination", p -> {
            jobs.testConnection(input);
            return Boolean.TRUE;
        }, ok -> say("Connection works: a test object was written, read back and deleted.", false),
                failure -> say("Connection failed: " + failure.getMessage(), true));
    }

    void removeSelected() {
        BackupDestination destination = model.selected.get();
        if (destination == null) return;
        work.submit("Removing backup destination", p -> {
            jobs.removeDestination(destination.id());
            return destination;
        }, removed -> {
            model.destinations.remove(removed);
            model.selected.set(model.destinations.isEmpty() ? null : model.destinations.getFirst());
            say("Removed " + removed.name() + " from this list; the backups stored there were left as they are.", false);
        });
    }

    void backUpNow() {
        BackupDestination destination = model.selected.get();
        if (destination == null) {
            say("Add a destination first.", true);
            return;
        }
        model.busy.set(true);
        work.submit("Backing up to " + destination.name(), p -> jobs.backUp(destination.id(), p), result -> {
            model.busy.set(false);
            String note = "Backup " + SnapshotRow.of(result.snapshot(), ZoneId.systemDefault()).date() + " to " + destination.name() + ": "
                    + SnapshotRow.mib(result.snapshot().sizeBytes()) + ", " + result.snapshot().newChunks() + " new chunks ("
                    + SnapshotRow.mib(result.snapshot().uploadedBytes()) + " sent)"
                    + (result.prune().snapshotsDeleted() > 0 ? ", " + result.prune().snapshotsDeleted() + " old snapshots pruned" : "") + ".";
            say(note, false);
            statusNote.set(note);
            loadSnapshots();
        }, failure -> {
            model.busy.set(false);
            String note = failure instanceof CancelledException
                    ? "Backup cancelled; earlier snapshots are intact."
                    : "Backup to " + destination.name() + " failed: " + failure.getMessage() + " Earlier snapshots are intact.";
            say(note, !(failure instanceof CancelledException));
            statusNote.set(note);
        });
    }

    void verify() {
        BackupDestination destination = model.selected.get();
        if (destination == null) return;
        work.submit("Verifying " + destination.name(), p -> jobs.verify(destination.id(), p), report -> {
            say(report.summary(), !report.ok());
            statusNote.set(destination.name() + ": " + report.summary());
        }, failure -> say("Verify failed: " + failure.getMessage(), true));
    }

    void restore(Path folder, char[] password) {
        BackupDestination destination = model.selected.get();
        SnapshotRow snapshot = model.selectedSnapshot.get();
        if (destination == null || snapshot == null) {
            say("Restore: choose a snapshot in the list first.", true);
            return;
        }
        if (folder == null) {
            say("Restore: choose a new, empty folder for the restored vault.", true);
            return;
        }
        if (password.length == 0) {
            say("Restore: enter the master password the vault had when the snapshot was taken.", true);
            return;
        }
        char[] copy = password.clone();
        Arrays.fill(password, '\0');
        work.submit("Restoring snapshot " + snapshot.date(), p -> {
            try {
                return jobs.restore(destination.id(), snapshot.id(), copy, folder, p);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, restored -> {
            view.clearSecrets();
            say("Restored the snapshot of " + snapshot.date() + " as a new vault in " + restored + ". Open it from the unlock screen.", false);
        }, failure -> say("Restore refused: " + failure.getMessage(), true));
    }

    void saveSchedule() {
        RetentionPolicy policy;
        try {
            policy = new RetentionPolicy(count(model.keepLast, "Keep last"), count(model.keepDaily, "Daily"),
                    count(model.keepWeekly, "Weekly"), count(model.keepMonthly, "Monthly"));
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        boolean daily = model.daily.get();
        work.submit("Saving backup schedule", p -> {
            jobs.preferences().setRetention(policy);
            jobs.preferences().setDaily(daily);
            return policy;
        }, saved -> say("Saved: keep the last " + saved.last() + ", " + saved.daily() + " daily, " + saved.weekly() + " weekly, "
                + saved.monthly() + " monthly" + (daily ? "; back up daily while unlocked." : "."), false));
    }

    private void loadSnapshots() {
        BackupDestination destination = model.selected.get();
        model.snapshots.clear();
        if (destination == null) return;
        work.submit("Listing snapshots on " + destination.name(), p -> jobs.snapshots(destination.id()), list -> {
            if (destination.equals(model.selected.get())) {
                model.snapshots.setAll(list.stream().map(s -> SnapshotRow.of(s, ZoneId.systemDefault())).toList());
            }
        }, failure -> {
            if (destination.equals(model.selected.get())) {
                say("Cannot list snapshots on " + destination.name() + ": " + failure.getMessage(), true);
            }
        });
    }

    private DestinationInput input(char[] secret) {
        return new DestinationInput(model.formKind.get(), model.formName.get(), model.formFolder.get(), model.formEndpoint.get(),
                model.formRegion.get(), model.formBucket.get(), model.formPrefix.get(), model.formAccessKey.get(), secret,
                model.formUrl.get(), model.formUser.get());
    }

    private static int count(StringProperty text, String field) {
        try {
            int n = Integer.parseInt(text.get().trim());
            if (n < 0 || n > 1000) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": a whole number from 0 to 1000.");
        }
    }

    private void say(String text, boolean error) {
        model.message.set(text);
        model.messageError.set(error);
    }
}
