package dev.meridian.app.backup;

import dev.meridian.core.backup.RetentionPolicy;
import dev.meridian.core.repo.SettingsRepository;
import java.time.Instant;
import java.util.Optional;

/** Retention, the daily schedule and the last successful backup, stored as vault settings. */
public final class BackupPreferences {

    private static final String RETENTION = "backup.retention";
    private static final String DAILY = "backup.daily";
    private static final String LAST_SUCCESS = "backup.last-success";

    private final SettingsRepository settings;

    public BackupPreferences(SettingsRepository settings) {
        this.settings = settings;
    }

    public RetentionPolicy retention() {
        return settings.get(RETENTION).map(BackupPreferences::parse).orElse(RetentionPolicy.defaults());
    }

    public void setRetention(RetentionPolicy policy) {
        settings.put(RETENTION, policy.last() + "," + policy.daily() + "," + policy.weekly() + "," + policy.monthly());
    }

    public boolean daily() {
        return settings.get(DAILY).map(Boolean::parseBoolean).orElse(false);
    }

    public void setDaily(boolean on) {
        settings.put(DAILY, Boolean.toString(on));
    }

    public Optional<Instant> lastSuccess() {
        return settings.get(LAST_SUCCESS).map(Instant::parse);
    }

    public void setLastSuccess(Instant at) {
        settings.put(LAST_SUCCESS, at.toString());
    }

    private static RetentionPolicy parse(String text) {
        String[] parts = text.split(",");
        try {
            return new RetentionPolicy(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        } catch (RuntimeException e) {
            return RetentionPolicy.defaults();
        }
    }
}
