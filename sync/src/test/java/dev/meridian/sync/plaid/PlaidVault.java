package dev.meridian.sync.plaid;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.AccountRepository;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.repo.TransactionRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real encrypted vault in a temporary folder plus the Plaid pieces wired to a {@link PlaidServer}. */
final class PlaidVault implements AutoCloseable {

    static final String PASSWORD = "plaid test password";
    static final String CLIENT_ID = "5f3c1e2d9a7b4c0012345678";
    static final String SECRET = "0123456789abcdef0123456789abcd";
    static final Instant NOW = Instant.parse("2026-11-25T16:45:00Z");

    final VaultFolder folder;
    Vault vault;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final Pause pause = pauses::add;

    PlaidVault(Path dir) throws Exception {
        folder = new VaultFolder(dir.resolve("vault"));
        vault = folder.create(PASSWORD.toCharArray(), KdfParams.light()).vault();
    }

    void reopen() throws Exception {
        vault.close();
        vault = folder.unlock(PASSWORD.toCharArray());
    }

    ConnectionRepository connections() {
        return new ConnectionRepository(vault.dsl(), vault.secrets());
    }

    AccountRepository accounts() {
        return new AccountRepository(vault.dsl());
    }

    TransactionRepository transactions() {
        return new TransactionRepository(vault.dsl());
    }

    /** A Plaid connection pointing at {@code server}, linked to an item when {@code accessToken} is given. */
    Connection plaidConnection(PlaidServer server, String accessToken) {
        ConnectionSecrets secrets = ConnectionSecrets.empty()
                .with(PlaidSettings.CLIENT_ID, CLIENT_ID)
                .with(PlaidSettings.SECRET, SECRET)
                .with(PlaidSettings.ENVIRONMENT, "sandbox")
                .with(PlaidSettings.BASE_URL, server.url());
        if (accessToken != null) secrets = PlaidSettings.linked(secrets, accessToken, "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op");
        return connections().insert(new Connection(0, ConnectionKind.BANK, PlaidSettings.PROVIDER, "Plaid",
                accessToken == null ? ConnectionStatus.NEW : ConnectionStatus.OK, null, null, null, 0), secrets.toBytes());
    }

    PlaidClients clients() {
        return settings -> PlaidHttp.connect(settings, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)), pause);
    }

    PlaidBankSync sync() {
        return new PlaidBankSync(vault.dsl(), vault.secrets(), clients(), InstantSource.fixed(NOW));
    }

    PlaidBankLinking linking() {
        return new PlaidBankLinking(vault.dsl(), vault.secrets(), clients(), new LinkPolling(Duration.ofSeconds(3), Duration.ofMinutes(1)),
                pause, InstantSource.fixed(NOW));
    }

    @Override
    public void close() {
        vault.close();
    }
}
