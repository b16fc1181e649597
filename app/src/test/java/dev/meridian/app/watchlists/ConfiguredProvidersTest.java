package dev.meridian.app.watchlists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.vault.KdfParams;
import dev.meridian.core.vault.Vault;
import dev.meridian.core.vault.VaultFolder;
import dev.meridian.sync.market.MarketDataProvider;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredProvidersTest {

    @TempDir
    Path dir;
    private Vault vault;
    private ConnectionRepository connections;
    private ConfiguredProviders providers;

    @BeforeEach
    void open() throws Exception {
        vault = new VaultFolder(dir.resolve("vault")).create("configured providers".toCharArray(), KdfParams.light()).vault();
        connections = new ConnectionRepository(vault.dsl(), vault.secrets());
        providers = new ConfiguredProviders(connections, new OkHttpClient());
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void noMarketDataConnectionMeansNoProvider() {
        connections.insert(connection(ConnectionKind.BANK, "plaid", ConnectionStatus.OK, 1), null);

        assertThat(providers.get()).isEmpty();
    }

    @Test
    void enabledConnectionsBecomeProvidersInPriorityOrderAndDisabledOnesAreLeftOut() {
        connections.insert(connection(ConnectionKind.MARKET_DATA, "stooq", ConnectionStatus.OK, 3), null);
        connections.insert(connection(ConnectionKind.MARKET_DATA, "yahoo", ConnectionStatus.NEW, 1), null);
        connections.insert(connection(ConnectionKind.MARKET_DATA, "coingecko", ConnectionStatus.DISABLED, 2), null);
        connections.insert(connection(ConnectionKind.MARKET_DATA, "alphavantage", ConnectionStatus.OK, 2),
                ConnectionSecrets.empty().with(ConfiguredProviders.API_KEY, "AVKEY123").toBytes());

        assertThat(providers.get()).extracting(MarketDataProvider::id).containsExactly("yahoo", "alphavantage", "stooq");
    }

    @Test
    void aConnectionDisabledAfterwardsIsDroppedOnTheNextRefresh() {
        Connection yahoo = connections.insert(connection(ConnectionKind.MARKET_DATA, "yahoo", ConnectionStatus.OK, 1), null);
        assertThat(providers.get()).extracting(MarketDataProvider::id).containsExactly("yahoo");

        connections.updateStatus(yahoo.id(), ConnectionStatus.DISABLED, null);

        assertThat(providers.get()).isEmpty();
    }

    private static Connection connection(ConnectionKind kind, String provider, ConnectionStatus status, int priority) {
        return new Connection(0, kind, provider, provider, status, null, null, null, priority);
    }
}
