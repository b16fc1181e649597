package dev.meridian.sync.assistant.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One configured provider in the user's fallback chain. It holds no key: keys come from an
 * {@link ApiKeyLookup} at call time, so a config can be logged, shown and stored freely.
 *
 * @param baseUrl override for proxies and compatible servers; null means the vendor's default
 * @param streaming whether answers are streamed token by token (SSE) or fetched in one response
 */
public record ProviderConfig(ProviderKind kind, String model, String baseUrl, Duration timeout, boolean streaming) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public ProviderConfig {
        Objects.requireNonNull(kind, "kind");
        if (model == null || model.isBlank()) throw new IllegalArgumentException("Provider " + kind + " needs a model name");
        if (baseUrl != null && !baseUrl.isBlank()) {
            URI uri = URI.create(baseUrl.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("Base URL of " + kind + " must start with http:// or https://, got: " + baseUrl);
            }
            baseUrl = baseUrl.strip();
        } else {
            baseUrl = null;
        }
        if (timeout == null) timeout = DEFAULT_TIMEOUT;
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("Timeout of " + kind + " must be positive");
    }

    public static ProviderConfig of(ProviderKind kind, String model) {
        return new ProviderConfig(kind, model, null, DEFAULT_TIMEOUT, true);
    }

    public ProviderConfig withBaseUrl(String url) { return new ProviderConfig(kind, model, url, timeout, streaming); }

    public ProviderConfig withTimeout(Duration t) { return new ProviderConfig(kind, model, baseUrl, t, streaming); }

    public ProviderConfig withStreaming(boolean s) { return new ProviderConfig(kind, model, baseUrl, timeout, s); }

    public String effectiveBaseUrl() { return baseUrl != null ? baseUrl : kind.defaultBaseUrl(); }

    /** "ANTHROPIC/claude-sonnet-4-5": what the transcript stores with each assistant message. */
    public String id() { return kind.name() + "/" + model; }

    /** "Anthropic claude-sonnet-4-5": what the UI shows and what the transcript stores. */
    public String label() { return kind.label() + " " + model; }
}
