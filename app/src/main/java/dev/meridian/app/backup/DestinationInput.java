package dev.meridian.app.backup;

import dev.meridian.core.domain.BackupKind;
import dev.meridian.sync.backup.FolderSettings;
import dev.meridian.sync.backup.S3Settings;
import dev.meridian.sync.backup.WebDavSettings;

/**
 * What the destination form holds, turned into validated settings. Each error names the field.
 * Secrets arrive as char arrays from password fields and are turned into settings only here.
 */
public record DestinationInput(BackupKind kind, String name, String folder, String endpoint, String region, String bucket,
        String prefix, String accessKeyId, char[] secret, String url, String username) {

    /** @throws IllegalArgumentException with a message that names the field */
    public Record toSettings() {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name: required.");
        }
        return switch (kind) {
            case FOLDER -> new FolderSettings(required(folder, "Folder"));
            case S3 -> new S3Settings(trim(endpoint), required(region, "Region"), required(bucket, "Bucket"), trim(prefix),
                    required(accessKeyId, "Access key id"), requiredSecret("Secret access key"), true);
            case WEBDAV -> new WebDavSettings(required(url, "URL"), trim(username), new String(secret == null ? new char[0] : secret));
        };
    }

    private String requiredSecret(String field) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException(field + ": required.");
        }
        return new String(secret);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required.");
        }
        return value.trim();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public String toString() {
        return "DestinationInput[" + kind + ", " + name + ", secret=<hidden>]";
    }
}
