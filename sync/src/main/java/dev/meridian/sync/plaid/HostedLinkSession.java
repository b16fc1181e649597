package dev.meridian.sync.plaid;

import java.net.URI;
import java.time.Instant;

/** A link token created for Hosted Link and the URL to open in the system browser. */
public record HostedLinkSession(String linkToken, URI url, Instant expiration) {

    @Override
    public String toString() {
        return "HostedLinkSession[expires " + expiration + "]";
    }
}
