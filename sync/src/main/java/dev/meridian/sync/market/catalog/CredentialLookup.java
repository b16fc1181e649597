package dev.meridian.sync.market.catalog;

import java.util.Optional;

/** The API key stored for a provider id (decrypted from the vault by the caller), if the user entered one. */
@FunctionalInterface
public interface CredentialLookup {

    Optional<String> apiKey(String providerId);

    static CredentialLookup none() {
        return id -> Optional.empty();
    }
}
