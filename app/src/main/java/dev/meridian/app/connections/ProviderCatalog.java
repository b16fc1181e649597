package dev.meridian.app.connections;

import dev.meridian.core.domain.AssetClass;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.sync.plaid.PlaidSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The providers the Connections screen can add, each with its form. A new provider is one entry
 * here (and, if it can be tested, one tester handed in by the Workstation).
 */
public final class ProviderCatalog {

    public static final ProviderDescriptor PLAID = new ProviderDescriptor(PlaidSettings.PROVIDER, "Plaid (bank accounts)",
            ConnectionKind.BANK, List.of(
                    CredentialField.text(PlaidSettings.CLIENT_ID, "Client ID", true, "Plaid Dashboard → Developers → Keys."),
                    CredentialField.secret(PlaidSettings.SECRET, "Secret", true,
                            "The secret of the environment below (sandbox and production have different secrets)."),
                    CredentialField.choice(PlaidSettings.ENVIRONMENT, "Environment",
                            "Sandbox uses Plaid's test banks (user_good / pass_good); production reaches real banks.",
                            List.of("sandbox", "production")),
                    CredentialField.text(PlaidSettings.COUNTRY_CODES, "Countries", false,
                            "Two-letter codes your Plaid account may link banks in, comma-separated; empty means "
                                    + PlaidSettings.DEFAULT_COUNTRIES + ".")),
            "Sign up at dashboard.plaid.com; Hosted Link must be enabled for your client (Plaid support). "
                    + "After saving, use Connect bank: Plaid opens in your browser.",
            Set.of());

    public static final ProviderDescriptor ALPHA_VANTAGE = new ProviderDescriptor("alphavantage", "Alpha Vantage",
            ConnectionKind.MARKET_DATA, List.of(CredentialField.secret("api_key", "API key", true,
                    "Free key at alphavantage.co/support/#api-key (25 requests a day).")),
            "Daily and intraday stock, ETF and FX prices.", Set.of(AssetClass.STOCK, AssetClass.ETF, AssetClass.FX));

    public static final ProviderDescriptor COINGECKO = new ProviderDescriptor("coingecko", "CoinGecko", ConnectionKind.MARKET_DATA,
            List.of(CredentialField.secret("api_key", "Demo API key (optional)", false,
                    "Optional: a free demo key from coingecko.com/en/developers/dashboard raises the rate limit.")),
            "Crypto prices; works without a key at a lower rate limit.", Set.of(AssetClass.CRYPTO));

    public static final ProviderDescriptor YAHOO = keyless("yahoo", "Yahoo Finance", "Stocks, ETFs, funds, FX and crypto; no key.",
            Set.of(AssetClass.STOCK, AssetClass.ETF, AssetClass.FUND, AssetClass.FX, AssetClass.CRYPTO));
    public static final ProviderDescriptor STOOQ = keyless("stooq", "Stooq", "Daily history for stocks, ETFs and FX; no key.",
            Set.of(AssetClass.STOCK, AssetClass.ETF, AssetClass.FX));
    public static final ProviderDescriptor ECB = keyless("ecb", "ECB reference rates", "Daily reference FX rates; no key.",
            Set.of(AssetClass.FX));
    public static final ProviderDescriptor BINANCE = keyless("binance", "Binance", "Crypto history and live trades; no key.",
            Set.of(AssetClass.CRYPTO));

    private static final List<ProviderDescriptor> ALL = List.of(PLAID, ALPHA_VANTAGE, COINGECKO, YAHOO, STOOQ, ECB, BINANCE);

    private ProviderCatalog() { }

    public static List<ProviderDescriptor> all() {
        return ALL;
    }

    public static Optional<ProviderDescriptor> find(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private static ProviderDescriptor keyless(String id, String name, String help, Set<AssetClass> classes) {
        return new ProviderDescriptor(id, name, ConnectionKind.MARKET_DATA, List.of(), help, classes);
    }
}
