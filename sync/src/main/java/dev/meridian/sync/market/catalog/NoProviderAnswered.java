package dev.meridian.sync.market.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Every provider in the chain failed or was skipped; the message lists each one's reason. */
public final class NoProviderAnswered extends RuntimeException {

    private final List<FallbackAttempt> attempts;

    public NoProviderAnswered(String what, List<FallbackAttempt> attempts) {
        super(attempts.isEmpty()
                ? "No provider is configured for " + what + "; add one under Connections."
                : "No provider could deliver " + what + ": "
                        + attempts.stream().map(FallbackAttempt::toString).collect(Collectors.joining("; ")));
        this.attempts = List.copyOf(attempts);
    }

    public List<FallbackAttempt> attempts() {
        return attempts;
    }
}
