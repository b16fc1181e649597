package dev.meridian.app.backup;

import static dev.meridian.core.db.generated.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.backup.RetentionPolicy;
import dev.meridian.core.backup.SnapshotManifest;
import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.domain.BackupKind;
import dev.meridian.core.repo.BackupRepository;
import dev.meridian.core.repo.SettingsRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.core.work.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupJobsTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir Path tmp;

    /** A clock the test moves forward. */
    private static final class SteppingClock extends Clock {
        Instant now = Instant.parse("2026-11-01T09:00:00Z");
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void destinationIsStoredSealedBacksUpPrunesToRetentionAndRestores() throws Exception {
        SteppingClock clock = new SteppingClock();
        try (Vault vault = new VaultFolder(tmp.resolve("vault")).create(PASSWORD, KdfParams.light()).vault()) {
            vault.dsl().insertInto(SETTING).set(SETTING.SETTING_KEY, "note").set(SETTING.SETTING_VALUE, "first").execute();
            BackupJobs jobs = new BackupJobs(vault, new BackupRepository(vault.dsl(), vault.secrets()),
                    new BackupPreferences(new SettingsRepository(vault.dsl())), clock);
            Path folder = tmp.resolve("usb");
            BackupDestination usb = jobs.addDestination(new DestinationInput(BackupKind.FOLDER, "USB disk", folder.toString(), "", "", "", "", "", null, "", ""));
            byte[] storedConfig = vault.dsl().select(dev.meridian.core.db.generated.Tables.BACKUP_DESTINATION.CONFIG)
                    .from(dev.meridian.core.db.generated.Tables.BACKUP_DESTINATION).fetchSingle().value1();
            assertThat(new String(storedConfig, StandardCharsets.ISO_8859_1)).doesNotContain("usb");
            jobs.preferences().setRetention(new RetentionPolicy(2, 0, 0, 0));

            for (int day = 0; day < 3; day++) {
                vault.dsl().update(SETTING).set(SETTING.SETTING_VALUE, "day " + day).where(SETTING.SETTING_KEY.eq("note")).execute();
                jobs.backUp(usb.id(), Progress.NONE);
                clock.now = clock.now.plus(Duration.ofDays(1));
            }

            List<SnapshotManifest> snapshots = jobs.snapshots(usb.id());
            assertThat(snapshots).hasSize(2);
            assertThat(jobs.verify(usb.id(), Progress.NONE).ok()).isTrue();
            assertThat(jobs.preferences().lastSuccess()).contains(Instant.parse("2026-11-03T09:00:00Z"));
            assertThatThrownBy(() -> jobs.restore(usb.id(), snapshots.getFirst().id(), PASSWORD, vault.folder().resolve("inside"), Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
            Path restored = jobs.restore(usb.id(), snapshots.getFirst().id(), PASSWORD.clone(), tmp.resolve("restored"), Progress.NONE);
            try (Vault copy = new VaultFolder(restored).unlock(PASSWORD)) {
                assertThat(copy.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq("note")).fetchSingle().value1())
                        .isEqualTo("day 2");
            }
            assertThat(Files.exists(folder.resolve("snapshots"))).isTrue();
        }
    }

    @Test
    void scheduledBackupRunsOnlyWhenOnAndADayHasPassed() throws Exception {
        SteppingClock clock = new SteppingClock();
        try (Vault vault = new VaultFolder(tmp.resolve("vault")).create(PASSWORD, KdfParams.light()).vault()) {
            BackupJobs jobs = new BackupJobs(vault, new BackupRepository(vault.dsl(), vault.secrets()),
                    new BackupPreferences(new SettingsRepository(vault.dsl())), clock);
            jobs.addDestination(new DestinationInput(BackupKind.FOLDER, "Disk", tmp.resolve("d").toString(), "", "", "", "", "", null, "", ""));
            assertThat(jobs.backUpIfDue(Progress.NONE)).isEmpty();
            jobs.preferences().setDaily(true);
            assertThat(jobs.backUpIfDue(Progress.NONE)).hasSize(1);
            clock.now = clock.now.plus(Duration.ofHours(5));
            assertThat(jobs.backUpIfDue(Progress.NONE)).isEmpty();
            clock.now = clock.now.plus(Duration.ofHours(20));
            assertThat(jobs.backUpIfDue(Progress.NONE)).hasSize(1);
        }
    }
}
