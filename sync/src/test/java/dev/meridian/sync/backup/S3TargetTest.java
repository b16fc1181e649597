package dev.meridian.sync.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.backup.BackupTarget;
import dev.meridian.core.domain.BackupKind;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3TargetTest extends RemoteTargetContract {

    private static final String BUCKET = "meridian-backups";
    private static LocalS3Server server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new LocalS3Server(BUCKET);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    BackupTarget target() {
        return new S3Target(server.settings(BUCKET, "vault-" + UUID.randomUUID()));
    }

    @Test
    void wrongSecretIsAClearErrorWithoutTheSecret() {
        S3Settings wrong = new S3Settings(server.endpoint(), "us-east-1", BUCKET, "x", LocalS3Server.ACCESS_KEY, "not-the-secret", true);
        try (S3Target target = new S3Target(wrong)) {
            assertThatThrownBy(target::testConnection).isInstanceOf(IOException.class)
                    .hasMessageContaining("S3 bucket " + BUCKET).hasMessageNotContaining("not-the-secret");
        }
    }

    @Test
    void settingsSurviveTheirStoredFormAndHideTheSecret() {
        S3Settings settings = server.settings(BUCKET, "p");
        byte[] stored = BackupTargets.encode(settings);
        assertThat(BackupTargets.decode(BackupKind.S3, stored)).isEqualTo(settings);
        assertThat(settings.toString()).doesNotContain(LocalS3Server.SECRET_KEY);
        assertThatThrownBy(() -> new S3Settings("ftp://x", "us-east-1", "b", "", "a", "s", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
    }
}
