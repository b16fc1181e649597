package dev.meridian.sync.assistant.provider;

import java.util.Optional;

/** Where keys come from (the vault's encrypted settings in the app); asked at call time, never cached in configs. */
@FunctionalInterface
public interface ApiKeyLookup {
    Optional<String> apiKey(ProviderKind kind);

    static ApiKeyLookup none() {
        return kind -> Optional.empty();
    }
}
