package dev.meridian.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.BackupKind;
import dev.meridian.sync.backup.S3Settings;
import org.junit.jupiter.api.Test;

class DestinationInputTest {

    @Test
    void s3NeedsBucketAndSecretAndNamesTheMissingField() {
        assertThatThrownBy(() -> new DestinationInput(BackupKind.S3, "R2", "", "", "auto", "", "", "key", "s".toCharArray(), "", "").toSettings())
                .hasMessage("Bucket: required.");
        assertThatThrownBy(() -> new DestinationInput(BackupKind.S3, "R2", "", "", "auto", "b", "", "key", new char[0], "", "").toSettings())
                .hasMessage("Secret access key: required.");
        assertThatThrownBy(() -> new DestinationInput(BackupKind.FOLDER, " ", "/x", "", "", "", "", "", null, "", "").toSettings())
                .hasMessage("Name: required.");
        S3Settings ok = (S3Settings) new DestinationInput(BackupKind.S3, "R2", "", " https://acct.r2.cloudflarestorage.com ", "auto", "b", "m",
                "key", "secret".toCharArray(), "", "").toSettings();
        assertThat(ok.endpoint()).isEqualTo("https://acct.r2.cloudflarestorage.com");
        assertThat(ok.pathStyle()).isTrue();
        assertThat(new DestinationInput(BackupKind.S3, "R2", "", "", "auto", "b", "", "key", "secret".toCharArray(), "", "").toString())
                .doesNotContain("secret".substring(0, 6) + "\"").doesNotContain("=secret");
    }
}
