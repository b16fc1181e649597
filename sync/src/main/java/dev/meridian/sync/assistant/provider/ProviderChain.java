package dev.meridian.sync.assistant.provider;

import java.util.List;

/** The user-ordered providers and where their keys come from. An empty chain means nothing leaves the machine. */
public final class ProviderChain {

    private final List<ProviderConfig> providers;
    private final ApiKeyLookup keys;

    public ProviderChain(List<ProviderConfig> providers, ApiKeyLookup keys) {
        this.providers = List.copyOf(providers);
        this.keys = keys;
    }

    public List<ProviderConfig> providers() {
        return providers;
    }

    public boolean isEmpty() {
        return providers.isEmpty();
    }

    /** The provider that would see the next question first (the screen shows it before sending). */
    public ProviderConfig first() {
        if (providers.isEmpty()) throw new IllegalStateException("No assistant provider is configured");
        return providers.getFirst();
    }

    /** A fresh session for one question: starts at the first provider again. */
    public ProviderSession session() {
        return new ProviderSession(providers, keys);
    }
}
