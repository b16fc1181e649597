package dev.meridian.sync.assistant.provider;

import java.util.List;

/** Every provider of the chain was skipped; {@link #skipped()} says why for each. */
public final class AllProvidersFailed extends RuntimeException {

    private final transient List<SkippedProvider> skipped;

    public AllProvidersFailed(List<SkippedProvider> skipped) {
        super("No provider could answer: " + describe(skipped));
        this.skipped = List.copyOf(skipped);
    }

    public List<SkippedProvider> skipped() {
        return skipped;
    }

    private static String describe(List<SkippedProvider> skipped) {
        return String.join("; ", skipped.stream().map(s -> s.provider() + " " + s.reason()).toList());
    }
}
