package dev.meridian.app.watchlists;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.sync.market.MarketDataProvider;
import dev.meridian.sync.market.catalog.ProviderCatalog;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The market-data providers the user set up on the Connections screen, in their priority order, built
 * afresh from the vault for each refresh so that an edited key or a disabled provider counts at once.
 * Reads the vault: call it off the FX thread. With no enabled market-data connection the list is empty
 * and nothing touches the network.
 */
public final class ConfiguredProviders implements Supplier<List<MarketDataProvider>> {

    /** The credential field the Connections screen stores a vendor's API key under. */
    static final String API_KEY = "api_key";

    private final ConnectionRepository connections;
    private final OkHttpClient client;

    public ConfiguredProviders(ConnectionRepository connections, OkHttpClient client) {
        this.connections = connections;
        this.client = client;
    }

    @Override
    public List<MarketDataProvider> get() {
        List<Connection> enabled = connections.ofKind(ConnectionKind.MARKET_DATA).stream()
                .filter(c -> c.status() != ConnectionStatus.DISABLED)
                .sorted(Comparator.comparingInt(Connection::priority))
                .toList();
        if (enabled.isEmpty()) return List.of();
        Map<String, String> keys = new HashMap<>();
        for (Connection c : enabled) {
            ConnectionSecrets.fromBytes(connections.credentials(c.id())).get(API_KEY).ifPresent(key -> keys.put(c.provider(), key));
        }
        ProviderCatalog catalog = ProviderCatalog.standard(client, id -> Optional.ofNullable(keys.get(id)));
        return enabled.stream().map(c -> catalog.provider(c.provider())).flatMap(Optional::stream).toList();
    }
}
