package dev.meridian.sync.backup;

/** A local or removable folder that receives backups. */
public record FolderSettings(String path) {
    public FolderSettings {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("The backup folder must not be empty.");
        }
    }
}
