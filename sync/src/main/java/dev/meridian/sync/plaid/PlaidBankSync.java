package dev.meridian.sync.plaid;

import com.plaid.client.model.AccountsGetRequest;
import com.plaid.client.model.AccountsGetResponse;
import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.repo.ConnectionRepository;
import dev.meridian.core.vault.SecretCipher;
import dev.meridian.core.work.Progress;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * "Sync now" for one linked Plaid item: accounts and balances from {@code /accounts/get}, then every
 * page of {@code /transactions/sync} from the stored cursor, then one database transaction that applies
 * it all with the new cursor. Plaid failures are recorded on the connection (ITEM_LOGIN_REQUIRED
 * marks it as needing re-authentication, which the Connections screen offers) and rethrown.
 */
public final class PlaidBankSync {

    private final DSLContext dsl;
    private final SecretCipher cipher;
    private final PlaidClients clients;
    private final InstantSource clock;

    public PlaidBankSync(DSLContext dsl, SecretCipher cipher, PlaidClients clients, InstantSource clock) {
        this.dsl = dsl;
        this.cipher = cipher;
        this.clients = clients;
        this.clock = clock;
    }

    public SyncReport sync(long connectionId, Progress progress) {
        ConnectionRepository repo = new ConnectionRepository(dsl, cipher);
        Connection connection = PlaidConnections.require(repo, connectionId);
        PlaidSettings settings = PlaidSettings.from(PlaidConnections.secrets(repo, connectionId));
        String accessToken = settings.access().orElseThrow(() ->
                new IllegalStateException("'" + connection.displayName() + "' has no bank linked yet: use Connect bank first"));
        PlaidHttp http = clients.open(settings);
        List<LinkedAccount> accounts;
        SyncBatch batch;
        String institution;
        try {
            progress.update(-1, -1, "Reading bank accounts and balances");
            AccountsGetResponse response = http.call("Reading bank accounts",
                    http.api().accountsGet(new AccountsGetRequest().accessToken(accessToken)));
            accounts = response.getAccounts() == null ? List.of()
                    : response.getAccounts().stream().map(PlaidMapping::account).flatMap(Optional::stream).toList();
            institution = response.getItem() != null && response.getItem().getInstitutionName() != null
                    ? response.getItem().getInstitutionName() : connection.displayName();
            batch = new TransactionsFeed(http).readAll(accessToken, connection.syncCursor(), progress);
        } catch (PlaidException e) {
            repo.updateStatus(connectionId, e.loginRequired() ? ConnectionStatus.NEEDS_REAUTH : ConnectionStatus.ERROR, e.getMessage());
            throw e;
        }
        progress.update(0, Math.max(1, batch.added().size() + batch.modified().size() + batch.removed().size()),
                "Saving bank transactions");
        return new BankLedgerWriter(dsl, cipher).apply(connectionId, institution, accounts, batch, clock.instant(), progress);
    }
}
