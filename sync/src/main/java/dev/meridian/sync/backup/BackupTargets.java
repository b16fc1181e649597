package dev.meridian.sync.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.backup.FolderTarget;
import dev.meridian.core.domain.BackupKind;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a destination's stored configuration into a live {@link BackupTarget}. The configuration
 * is JSON of {@link FolderSettings}, {@link S3Settings} or {@link WebDavSettings}; it holds
 * credentials, so it is only ever stored sealed (BackupRepository's config column).
 */
public final class BackupTargets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BackupTargets() {
    }

    public static byte[] encode(Record settings) {
        if (!(settings instanceof FolderSettings || settings instanceof S3Settings || settings instanceof WebDavSettings)) {
            throw new IllegalArgumentException("Not backup destination settings: " + settings.getClass().getSimpleName());
        }
        try {
            return JSON.writeValueAsBytes(settings);
        } catch (IOException e) {
            throw new IllegalStateException("settings records always serialize", e);
        }
    }

    public static Record decode(BackupKind kind, byte[] config) {
        Class<? extends Record> type = switch (kind) {
            case FOLDER -> FolderSettings.class;
            case S3 -> S3Settings.class;
            case WEBDAV -> WebDavSettings.class;
        };
        try {
            return JSON.readValue(config, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("The stored " + kind + " destination settings cannot be read.");
        }
    }

    public static BackupTarget open(Record settings) {
        return switch (settings) {
            case FolderSettings folder -> new FolderTarget(Path.of(folder.path()));
            case S3Settings s3 -> new S3Target(s3);
            case WebDavSettings webDav -> new WebDavTarget(webDav);
            default -> throw new IllegalArgumentException("Not backup destination settings: " + settings.getClass().getSimpleName());
        };
    }

    public static BackupTarget open(BackupKind kind, byte[] config) {
        return open(decode(kind, config));
    }
}
