package dev.meridian.sync.plaid;

import com.plaid.client.model.ItemRemoveRequest;
import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.vault.SecretCipher;
import dev.meridian.core.work.CancelledException;
import dev.meridian.core.work.Progress;
import java.net.URI;
import java.time.InstantSource;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * "Connect bank" and "Sign in again": runs Hosted Link in the system browser and stores the outcome
 * sealed on the connection. A connection that already has a bank gets a sibling connection with
 * the same developer keys for the new bank, so each Plaid item has its own row, cursor and status.
 */
public final class PlaidBankLinking {

    /** A stable, meaningless id Plaid asks for to tell end users apart; not personal data. */
    static final String CLIENT_USER_ID = "client_user_id";
    /** Codes meaning the item is already gone at Plaid (removed elsewhere, or the token revoked). */
    static final Set<String> ITEM_GONE = Set.of("ITEM_NOT_FOUND", "INVALID_ACCESS_TOKEN");

    private final DSLContext dsl;
    private final SecretCipher cipher;
    private final PlaidClients clients;
    private final LinkPolling polling;
    private final Pause pause;
    private final InstantSource clock;

    public PlaidBankLinking(DSLContext dsl, SecretCipher cipher, PlaidClients clients, LinkPolling polling, Pause pause,
                            InstantSource clock) {
        this.dsl = dsl;
        this.cipher = cipher;
        this.clients = clients;
        this.polling = polling;
        this.pause = pause;
        this.clock = clock;
    }

    /** Links a new bank; returns the connection that now holds it. {@code browser} opens the Hosted Link URL. */
    public Connection connect(long connectionId, Consumer<URI> browser, Progress progress) {
        ConnectionRepository repo = new ConnectionRepository(dsl, cipher);
        Connection connection = PlaidConnections.require(repo, connectionId);
        ConnectionSecrets secrets = withUserId(PlaidConnections.secrets(repo, connectionId));
        PlaidSettings settings = PlaidSettings.from(secrets);
        HostedLink link = new HostedLink(clients.open(settings), settings.countries(), polling, pause, clock);
        progress.update(-1, -1, "Creating a Plaid Link session");
        HostedLinkSession session = link.start(secrets.get(CLIENT_USER_ID).orElseThrow(), null);
        browser.accept(session.url());
        LinkOutcome outcome = link.awaitResult(session, false, progress);
        if (progress.isCancelled()) throw new CancelledException();
        progress.update(-1, -1, "Exchanging the token for access to the bank");
        ItemAccess access = link.exchange(outcome.publicToken());
        ConnectionSecrets linked = PlaidSettings.linked(secrets, access.accessToken(), access.itemId());
        String name = outcome.institutionName() != null ? outcome.institutionName() : connection.displayName();
        return dsl.transactionResult(cfg -> {
            ConnectionRepository tx = new ConnectionRepository(DSL.using(cfg), cipher);
            if (settings.linked()) {
                Connection sibling = new Connection(0, connection.kind(), connection.provider(), name, ConnectionStatus.OK,
                        null, null, null, connection.priority());
                return tx.insert(sibling, linked.toBytes());
            }
            Connection updated = new Connection(connection.id(), connection.kind(), connection.provider(), name,
                    ConnectionStatus.OK, null, connection.lastSyncAt(), null, connection.priority());
            tx.update(updated);
            tx.updateCredentials(connection.id(), linked.toBytes());
            return updated;
        });
    }

    /** Update mode for an item whose login expired (ITEM_LOGIN_REQUIRED); the access token stays the same. */
    public Connection reauthenticate(long connectionId, Consumer<URI> browser, Progress progress) {
        ConnectionRepository repo = new ConnectionRepository(dsl, cipher);
        Connection connection = PlaidConnections.require(repo, connectionId);
        ConnectionSecrets secrets = withUserId(PlaidConnections.secrets(repo, connectionId));
        PlaidSettings settings = PlaidSettings.from(secrets);
        String accessToken = settings.access().orElseThrow(() ->
                new IllegalStateException("'" + connection.displayName() + "' has no bank linked yet: use Connect bank"));
        HostedLink link = new HostedLink(clients.open(settings), settings.countries(), polling, pause, clock);
        progress.update(-1, -1, "Creating a Plaid Link session to sign in again");
        HostedLinkSession session = link.start(secrets.get(CLIENT_USER_ID).orElseThrow(), accessToken);
        browser.accept(session.url());
        link.awaitResult(session, true, progress);
        repo.updateStatus(connectionId, ConnectionStatus.OK, null);
        return repo.find(connectionId).orElseThrow();
    }

    /**
     * Deletes the connection; a linked item is first removed at Plaid, which ends its billing and
     * invalidates the access token. An item Plaid no longer knows is deleted locally all the same;
     * any other failure (Plaid unreachable) deletes nothing, so the user can try again.
     */
    public void delete(long connectionId) {
        ConnectionRepository repo = new ConnectionRepository(dsl, cipher);
        PlaidConnections.require(repo, connectionId);
        ConnectionSecrets secrets = PlaidConnections.secrets(repo, connectionId);
        if (secrets.get(PlaidSettings.ACCESS_TOKEN).isPresent()) {
            PlaidSettings settings = PlaidSettings.from(secrets);
            PlaidHttp http = clients.open(settings);
            try {
                http.call("Removing the bank at Plaid", http.api().itemRemove(new ItemRemoveRequest().accessToken(settings.accessToken())));
            } catch (PlaidException e) {
                if (!ITEM_GONE.contains(e.errorCode())) throw e;
            }
        }
        repo.delete(connectionId);
    }

    private static ConnectionSecrets withUserId(ConnectionSecrets secrets) {
        return secrets.get(CLIENT_USER_ID).isPresent() ? secrets : secrets.with(CLIENT_USER_ID, "meridian-" + UUID.randomUUID());
    }
}
