package dev.meridian.app.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.core.domain.ConnectionSecrets;
import dev.meridian.sync.plaid.PlaidSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionFormTest {

    @Test
    void aNewPlaidConnectionNeedsClientIdAndSecretAndNamesEachMissingField() {
        ConnectionForm.Outcome outcome = ConnectionForm.validate(ProviderCatalog.PLAID, " ", Map.of(PlaidSettings.ENVIRONMENT, "sandbox"),
                ConnectionSecrets.empty());

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.errors()).containsOnlyKeys(ConnectionForm.NAME, PlaidSettings.CLIENT_ID, PlaidSettings.SECRET);
        assertThat(outcome.errors().get(PlaidSettings.SECRET)).startsWith("Secret: required");
        assertThat(outcome.secrets()).isNull();
    }

    @Test
    void anEmptySecretOnEditKeepsTheStoredOneAndOtherValuesAreReplaced() {
        ConnectionSecrets stored = ConnectionSecrets.empty().with(PlaidSettings.CLIENT_ID, "old-id").with(PlaidSettings.SECRET, "stored-secret")
                .with(PlaidSettings.ACCESS_TOKEN, "access-sandbox-1");

        ConnectionForm.Outcome outcome = ConnectionForm.validate(ProviderCatalog.PLAID, "My bank",
                Map.of(PlaidSettings.CLIENT_ID, " new-id ", PlaidSettings.SECRET, "", PlaidSettings.ENVIRONMENT, "production"), stored);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.name()).isEqualTo("My bank");
        assertThat(outcome.secrets().values()).containsEntry(PlaidSettings.CLIENT_ID, "new-id")
                .containsEntry(PlaidSettings.SECRET, "stored-secret")
                .containsEntry(PlaidSettings.ENVIRONMENT, "production")
                .containsEntry(PlaidSettings.ACCESS_TOKEN, "access-sandbox-1");
    }

    @Test
    void pastedKeysWithInnerSpacesAndUnknownChoicesAreRefused() {
        ConnectionForm.Outcome spaced = ConnectionForm.validate(ProviderCatalog.ALPHA_VANTAGE, "AV", Map.of("api_key", "ABC DEF"),
                ConnectionSecrets.empty());
        ConnectionForm.Outcome env = ConnectionForm.validate(ProviderCatalog.PLAID, "P",
                Map.of(PlaidSettings.CLIENT_ID, "id", PlaidSettings.SECRET, "s", PlaidSettings.ENVIRONMENT, "development"), ConnectionSecrets.empty());

        assertThat(spaced.errors()).containsKey("api_key");
        assertThat(env.errors().get(PlaidSettings.ENVIRONMENT)).contains("sandbox, production");
    }

    @Test
    void optionalKeysMayStayEmptyAndKeylessProvidersStoreNothing() {
        ConnectionForm.Outcome coingecko = ConnectionForm.validate(ProviderCatalog.COINGECKO, "CoinGecko", Map.of(), ConnectionSecrets.empty());
        ConnectionForm.Outcome yahoo = ConnectionForm.validate(ProviderCatalog.YAHOO, "Yahoo", Map.of(), ConnectionSecrets.empty());

        assertThat(coingecko.valid()).isTrue();
        assertThat(coingecko.secrets().values()).isEmpty();
        assertThat(yahoo.secrets().values()).isEmpty();
        assertThat(new ConnectionRow(new dev.meridian.core.domain.Connection(1, dev.meridian.core.domain.ConnectionKind.MARKET_DATA,
                "coingecko", "CoinGecko", dev.meridian.core.domain.ConnectionStatus.OK, null, null, null, 0), ProviderCatalog.COINGECKO,
                false, false).credentialsText()).isEqualTo("No key (optional)");
    }
}
