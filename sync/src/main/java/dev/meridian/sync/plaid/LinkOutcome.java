package dev.meridian.sync.plaid;

/** What a finished Link session produced: the public token (null in update mode) and the bank's name if known. */
public record LinkOutcome(String publicToken, String institutionName) {

    @Override
    public String toString() {
        return "LinkOutcome[" + (publicToken == null ? "no token" : "public token") + ", " + institutionName + "]";
    }
}
