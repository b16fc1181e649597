package dev.meridian.sync.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.domain.BackupKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebDavTargetTest extends RemoteTargetContract {

    @TempDir static Path serverRoot;
    private static LocalWebDavServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Files.createDirectories(serverRoot.resolve("files/backups"));
        server = new LocalWebDavServer(serverRoot.resolve("files"), Files.createDirectories(serverRoot.resolve("work")));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    BackupTarget target() throws Exception {
        String folder = "v" + UUID.randomUUID() + "/";
        Files.createDirectories(serverRoot.resolve("files/backups/" + folder));
        return new WebDavTarget(new WebDavSettings(server.url() + folder, "", ""));
    }

    @Test
    void settingsSurviveTheirStoredFormAndHideThePassword() {
        WebDavSettings settings = new WebDavSettings("https://cloud.example.com/remote.php/dav/files/me/Backups", "me", "app-password");
        assertThat(BackupTargets.decode(BackupKind.WEBDAV, BackupTargets.encode(settings))).isEqualTo(settings);
        assertThat(settings.folderUrl()).endsWith("/Backups/");
        assertThat(settings.toString()).doesNotContain("app-password");
    }
}
