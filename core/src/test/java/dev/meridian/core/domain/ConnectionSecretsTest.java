package dev.meridian.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSecretsTest {

    @Test
    void valuesSurviveTheRoundTripWhateverTheyContain() {
        ConnectionSecrets secrets = new ConnectionSecrets(Map.of(
                "api_key", "AbC=12:3#!x\\y",
                "base_url", "http://127.0.0.1:4711/",
                "note", " leading space, ünïcödé and\nnew line\t tab",
                "key with space", "v"));

        ConnectionSecrets back = ConnectionSecrets.fromBytes(secrets.toBytes());

        assertThat(back).isEqualTo(secrets);
    }

    @Test
    void blankValuesAreAbsentAndToStringNamesKeysOnly() {
        ConnectionSecrets secrets = ConnectionSecrets.empty().with("secret", "hunter2-very-secret").with("empty", "  ");

        assertThat(secrets.get("empty")).isEmpty();
        assertThat(secrets.get("secret")).contains("hunter2-very-secret");
        assertThat(secrets.toString()).contains("secret").doesNotContain("hunter2");
        assertThat(secrets.with("secret", null).get("secret")).isEmpty();
        assertThat(ConnectionSecrets.fromBytes(null)).isEqualTo(ConnectionSecrets.empty());
    }
}
