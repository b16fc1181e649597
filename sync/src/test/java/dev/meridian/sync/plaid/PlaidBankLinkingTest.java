package dev.meridian.sync.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaidBankLinkingTest {

    static final String ACCESS_TOKEN = "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6";
    static final String PUBLIC_TOKEN = "public-sandbox-b0e2c4f0-8b4a-4c3e-9d5e-7f1a2b3c4d5e";
    static final String LINK_TOKEN = "link-sandbox-5c1f0d2e-7a44-4b8e-9d0f-3e2a9c61b7aa";

    @StartStop final MockWebServer web = new MockWebServer();
    @TempDir Path dir;
    PlaidServer plaid;
    PlaidVault vault;
    final List<URI> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        plaid = new PlaidServer(web);
        vault = new PlaidVault(dir);
    }

    @AfterEach
    void tearDown() {
        vault.close();
    }

    @Test
    void hostedLinkOpensTheBrowserPollsUntilDoneAndStoresTheAccessTokenSealed() throws Exception {
        Connection plain = vault.plaidConnection(plaid, null);
        plaid.ok("/link/token/create", "link_token_create.json")
                .ok("/link/token/get", "link_token_get_waiting.json")
                .ok("/link/token/get", "link_token_get_waiting.json")
                .ok("/link/token/get", "link_token_get_done.json")
                .ok("/item/public_token/exchange", "item_public_token_exchange.json");

        Connection linked = vault.linking().connect(plain.id(), opened::add, Progress.NONE);

        assertThat(opened).containsExactly(URI.create("https://hosted.plaid.com/link/lp7c1c6e1b-sandbox-meridian"));
        PlaidServer.Call create = plaid.calls("/link/token/create").getFirst();
        assertThat(create.body().get("hosted_link").isObject()).isTrue();
        assertThat(create.body().get("products").get(0).asText()).isEqualTo("transactions");
        assertThat(create.body().get("access_token")).isNull();
        assertThat(create.body().get("country_codes").toString()).isEqualTo("[\"US\",\"CA\"]");
        assertThat(create.body().get("user").get("client_user_id").asText()).startsWith("meridian-");
        assertThat(plaid.calls("/link/token/get")).hasSize(3).allSatisfy(c -> assertThat(c.text("link_token")).isEqualTo(LINK_TOKEN));
        assertThat(vault.pauses).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(plaid.calls("/item/public_token/exchange").getFirst().text("public_token")).isEqualTo(PUBLIC_TOKEN);

        assertThat(linked.id()).isEqualTo(plain.id());
        assertThat(linked.displayName()).isEqualTo("First Platypus Bank");
        assertThat(linked.status()).isEqualTo(ConnectionStatus.OK);
        ConnectionSecrets stored = ConnectionSecrets.fromBytes(vault.connections().credentials(plain.id()));
        assertThat(stored.get(PlaidSettings.ACCESS_TOKEN)).contains(ACCESS_TOKEN);
        assertThat(stored.get(PlaidSettings.ITEM_ID)).contains("M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op");
        assertThat(stored.get(PlaidSettings.CLIENT_ID)).contains(PlaidVault.CLIENT_ID);

        vault.close();
        assertThat(filesContain(dir, ACCESS_TOKEN)).isFalse();
        assertThat(filesContain(dir, PlaidVault.SECRET)).isFalse();
        vault.reopen();
    }

    @Test
    void linkingASecondBankAddsAConnectionWithTheSameKeys() {
        Connection first = vault.plaidConnection(plaid, "access-sandbox-first-item");
        plaid.ok("/link/token/create", "link_token_create.json")
                .ok("/link/token/get", "link_token_get_done.json")
                .ok("/item/public_token/exchange", "item_public_token_exchange.json");

        Connection second = vault.linking().connect(first.id(), opened::add, Progress.NONE);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(vault.connections().all()).hasSize(2);
        assertThat(ConnectionSecrets.fromBytes(vault.connections().credentials(first.id())).get(PlaidSettings.ACCESS_TOKEN))
                .contains("access-sandbox-first-item");
        ConnectionSecrets sibling = ConnectionSecrets.fromBytes(vault.connections().credentials(second.id()));
        assertThat(sibling.get(PlaidSettings.ACCESS_TOKEN)).contains(ACCESS_TOKEN);
        assertThat(sibling.get(PlaidSettings.SECRET)).contains(PlaidVault.SECRET);
    }

    @Test
    void closingLinkWithoutABankIsAClearErrorAndStoresNothing() {
        Connection plain = vault.plaidConnection(plaid, null);
        plaid.ok("/link/token/create", "link_token_create.json").ok("/link/token/get", "link_token_get_exited.json");

        assertThatThrownBy(() -> vault.linking().connect(plain.id(), opened::add, Progress.NONE))
                .isInstanceOfSatisfying(PlaidException.class, e -> assertThat(e.errorCode()).isEqualTo("LINK_EXITED"))
                .hasMessageContaining("closed before a bank was connected");

        assertThat(plaid.calls("/item/public_token/exchange")).isEmpty();
        assertThat(ConnectionSecrets.fromBytes(vault.connections().credentials(plain.id())).get(PlaidSettings.ACCESS_TOKEN)).isEmpty();
    }

    @Test
    void cancellingWhileWaitingStopsPollingAndStoresNothing() {
        Connection plain = vault.plaidConnection(plaid, null);
        plaid.ok("/link/token/create", "link_token_create.json")
                .ok("/link/token/get", "link_token_get_waiting.json")
                .ok("/link/token/get", "link_token_get_waiting.json");
        CancelAfterPolls progress = new CancelAfterPolls(2);
        PlaidBankLinking linking = new PlaidBankLinking(vault.vault.dsl(), vault.vault.secrets(), vault.clients(),
                new LinkPolling(Duration.ofSeconds(3), Duration.ofMinutes(5)), d -> progress.polls++, java.time.InstantSource.system());

        assertThatThrownBy(() -> linking.connect(plain.id(), opened::add, progress)).isInstanceOf(CancelledException.class);

        assertThat(plaid.calls("/link/token/get")).hasSize(2);
        assertThat(ConnectionSecrets.fromBytes(vault.connections().credentials(plain.id())).get(PlaidSettings.ACCESS_TOKEN)).isEmpty();
    }

    @Test
    void updateModeSendsTheAccessTokenAndClearsTheReauthStatus() {
        Connection linked = vault.plaidConnection(plaid, ACCESS_TOKEN);
        vault.connections().updateStatus(linked.id(), ConnectionStatus.NEEDS_REAUTH, "sign in again");
        plaid.ok("/link/token/create", "link_token_create.json").ok("/link/token/get", "link_token_get_done.json");

        Connection after = vault.linking().reauthenticate(linked.id(), opened::add, Progress.NONE);

        PlaidServer.Call create = plaid.calls("/link/token/create").getFirst();
        assertThat(create.text("access_token")).isEqualTo(ACCESS_TOKEN);
        assertThat(create.body().get("products")).isNull();
        assertThat(plaid.calls("/item/public_token/exchange")).isEmpty();
        assertThat(after.status()).isEqualTo(ConnectionStatus.OK);
        assertThat(after.lastError()).isNull();
    }

    @Test
    void keysCheckPassesOnAnAcceptedLinkTokenAndNamesTheErrorOtherwise() {
        ConnectionSecrets keys = ConnectionSecrets.empty().with(PlaidSettings.CLIENT_ID, PlaidVault.CLIENT_ID)
                .with(PlaidSettings.SECRET, PlaidVault.SECRET).with(PlaidSettings.BASE_URL, plaid.url());
        plaid.ok("/link/token/create", "link_token_create.json").answer("/link/token/create", 400, "error_invalid_keys.json");
        PlaidKeysCheck check = new PlaidKeysCheck(vault.clients());

        assertThat(check.test(keys)).contains("accepted").contains("sandbox");
        assertThatThrownBy(() -> check.test(keys))
                .isInstanceOfSatisfying(PlaidException.class, e -> assertThat(e.errorCode()).isEqualTo("INVALID_API_KEYS"))
                .hasMessageContaining("invalid client_id or secret")
                .message().doesNotContain(PlaidVault.SECRET);
    }

    @Test
    void deletingALinkedBankRemovesTheItemAtPlaidFirst() {
        Connection linked = vault.plaidConnection(plaid, ACCESS_TOKEN);
        Connection gone = vault.plaidConnection(plaid, "access-sandbox-gone");
        plaid.ok("/item/remove", "item_remove.json").answer("/item/remove", 400, "error_item_not_found.json");

        vault.linking().delete(linked.id());
        vault.linking().delete(gone.id());

        assertThat(plaid.calls("/item/remove")).extracting(c -> c.text("access_token")).containsExactly(ACCESS_TOKEN, "access-sandbox-gone");
        assertThat(vault.connections().all()).isEmpty();
    }

    @Test
    void whenPlaidCannotBeReachedTheConnectionIsKeptToTryAgain() {
        Connection linked = vault.plaidConnection(plaid, ACCESS_TOKEN);
        for (int i = 0; i < 3; i++) plaid.answer("/item/remove", 500, "error_internal.json");

        assertThatThrownBy(() -> vault.linking().delete(linked.id())).isInstanceOf(PlaidException.class);

        assertThat(vault.connections().find(linked.id())).isPresent();
    }

    @Test
    void countriesComeFromTheSettingsAndAnUnknownOneIsNamed() {
        assertThat(PlaidSettings.countries("gb, ie,GB")).extracting(Object::toString).containsExactly("GB", "IE");
        assertThatThrownBy(() -> PlaidSettings.countries("US,XX")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'XX'");
    }

    @Test
    void retrofitRunsOnTheReactorsOneOkHttp() {
        assertThat(okhttp3.OkHttp.VERSION).isEqualTo("5.5.1");
        assertThat(PlaidSettings.from(ConnectionSecrets.empty().with(PlaidSettings.CLIENT_ID, "id").with(PlaidSettings.SECRET, "s3cr3t-value")
                .with(PlaidSettings.ACCESS_TOKEN, "access-x")).toString()).doesNotContain("s3cr3t-value").doesNotContain("access-x");
    }

    private static boolean filesContain(Path root, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(p);
                outer:
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    for (int j = 0; j < needle.length; j++) if (bytes[i + j] != needle[j]) continue outer;
                    return true;
                }
            }
        }
        return false;
    }

    /** Reports cancelled once the poll loop has paused {@code polls} times... minus one: after the Nth poll answer. */
    private static final class CancelAfterPolls implements Progress {
        private final int limit;
        int polls;

        CancelAfterPolls(int limit) {
            this.limit = limit;
        }

        @Override
        public void update(long done, long total, String message) { }

        @Override
        public boolean isCancelled() {
            return polls >= limit;
        }
    }
}
