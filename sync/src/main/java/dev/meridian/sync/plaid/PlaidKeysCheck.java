package dev.meridian.sync.plaid;

import com.plaid.client.model.LinkTokenCreateRequest;
import com.plaid.client.model.LinkTokenCreateRequestUser;
import com.plaid.client.model.Products;
import dev.meridian.core.domain.ConnectionSecrets;
import java.util.List;

/** "Test connection" for Plaid keys: a {@code /link/token/create} call succeeds only with a valid client id and secret. */
public final class PlaidKeysCheck {

    private final PlaidClients clients;

    public PlaidKeysCheck(PlaidClients clients) {
        this.clients = clients;
    }

    /** A sentence for the user when the keys work; a {@link PlaidException} saying why when they do not. */
    public String test(ConnectionSecrets secrets) {
        PlaidSettings settings = PlaidSettings.from(secrets);
        PlaidHttp http = clients.open(settings);
        http.call("Checking the Plaid keys", http.api().linkTokenCreate(new LinkTokenCreateRequest()
                .clientName(HostedLink.CLIENT_NAME)
                .language("en")
                .countryCodes(settings.countries())
                .user(new LinkTokenCreateRequestUser().clientUserId("meridian-key-check"))
                .products(List.of(Products.TRANSACTIONS))));
        return "Plaid accepted the keys (" + settings.environment().key() + ").";
    }
}
